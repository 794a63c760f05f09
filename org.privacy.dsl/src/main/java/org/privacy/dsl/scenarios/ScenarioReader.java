package org.privacy.dsl.scenarios;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.privacy.dsl.model.LiteralValues;
import org.privacy.dsl.privacy.BooleanLiteral;
import org.privacy.dsl.privacy.DateLiteral;
import org.privacy.dsl.privacy.DateTimeLiteral;
import org.privacy.dsl.privacy.DurationLiteral;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Expectation;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.FieldValue;
import org.privacy.dsl.privacy.GivenRecord;
import org.privacy.dsl.privacy.NumberLiteral;
import org.privacy.dsl.privacy.Scenario;
import org.privacy.dsl.privacy.TextLiteral;
import org.privacy.dsl.privacy.TimeLiteral;
import org.privacy.dsl.privacy.ValueList;
import org.privacy.dsl.privacy.ValueName;
import org.privacy.runtime.Span;

/**
 * Turns a validated {@link Scenario} into a {@link ScenarioSpec}: values become what a data file would give a
 * validator (dates, instants, numbers, enum names as text, references as the key of the referenced record).
 */
public final class ScenarioReader {
	private ScenarioReader() {
	}

	public static ScenarioSpec read(Scenario scenario, Path file) {
		List<ScenarioSpec.Given> records = new ArrayList<>();
		for (GivenRecord record : scenario.getRecords()) {
			records.add(new ScenarioSpec.Given(record.getEntity().getName(), record.getName(), key(record),
					line(record), values(record, true)));
		}
		List<ScenarioSpec.Expected> expectations = new ArrayList<>();
		for (Expectation e : scenario.getExpectations()) {
			expectations.add(new ScenarioSpec.Expected(e.getRule().getName(), e.getStatus(),
					e.getNoun() == null ? null : e.getCount(), e.getRecord() == null ? null : e.getRecord().getName(),
					line(e), text(e)));
		}
		Instant now = scenario.getNow() == null ? null : LiteralValues.validInstant(scenario.getNow());
		return new ScenarioSpec(scenario.getName(), file, line(scenario), now, records, expectations);
	}

	/**
	 * The values of a given record. In a {@code list of} an entity (without {@code via}) the data nests the records
	 * themselves, so a given record named there is nested, with its own values (one level: its own lists of records
	 * hold their keys).
	 */
	private static Map<String, Object> values(GivenRecord record, boolean nest) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (FieldValue value : record.getValues()) {
			Field field = value.getField();
			if (field != null && !field.eIsProxy()) {
				boolean nested = nest && field.getType() != null && field.getType().isList()
						&& field.getType().getType() instanceof org.privacy.dsl.privacy.Entity
						&& field.getType().getVia() == null;
				Object given = nested && value.getValue() instanceof ValueList list ? nested(list)
						: value(value.getValue());
				if (field.getSource() != null && field.getSource().getMap() != null) {
					// an entry of a map: the data holds it in a nested object named after the map
					entries(values, field.getSource().getMap()).put(field.getSource().getEntry(), given);
				} else {
					values.put(field.getName(), given);
				}
			}
		}
		String keyField = keyField(record);
		if (keyField != null && !values.containsKey(keyField)) {
			values.put(keyField, record.getName());
		}
		return values;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> entries(Map<String, Object> values, String map) {
		Object entries = values.get(map);
		if (!(entries instanceof Map<?, ?>)) {
			entries = new LinkedHashMap<String, Object>();
			values.put(map, entries);
		}
		return (Map<String, Object>) entries;
	}

	private static List<Object> nested(ValueList list) {
		List<Object> items = new ArrayList<>();
		for (Expression item : list.getItems()) {
			items.add(item instanceof ValueName name && name.getTarget() instanceof GivenRecord record
					? values(record, false) : value(item));
		}
		return items;
	}

	private static String keyField(GivenRecord record) {
		for (Field field : record.getEntity().getFields()) {
			if (field.isKey()) {
				return field.getName();
			}
		}
		return null;
	}

	/** The key a reference to {@code record} holds: its key field's value, else its name. */
	static String key(GivenRecord record) {
		String keyField = keyField(record);
		if (keyField != null) {
			for (FieldValue value : record.getValues()) {
				if (value.getField() != null && keyField.equals(value.getField().getName())
						&& (value.getValue() instanceof TextLiteral || value.getValue() instanceof NumberLiteral)) {
					Object v = value(value.getValue());
					return v instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : String.valueOf(v);
				}
			}
		}
		return record.getName();
	}

	private static Object value(Expression value) {
		if (value instanceof TextLiteral t) {
			return t.getValue();
		}
		if (value instanceof NumberLiteral n) {
			return n.getValue();
		}
		if (value instanceof BooleanLiteral b) {
			return b.isValue();
		}
		if (value instanceof DateLiteral d) {
			return LiteralValues.validDate(d.getValue());
		}
		if (value instanceof DateTimeLiteral d) {
			return LiteralValues.validInstant(d.getValue());
		}
		if (value instanceof TimeLiteral t) {
			return LiteralValues.validTime(t.getValue());
		}
		if (value instanceof DurationLiteral d) {
			return d.getCompact() != null ? Span.parse(d.getCompact())
					: Span.of(d.getAmount(), Span.Unit.valueOf(d.getUnit().getName()));
		}
		if (value instanceof ValueList list) {
			List<Object> items = new ArrayList<>();
			list.getItems().forEach(item -> items.add(value(item)));
			return items;
		}
		if (value instanceof ValueName name) {
			if (name.getTarget() instanceof EnumValue enumValue) {
				return enumValue.getName();
			}
			if (name.getTarget() instanceof GivenRecord record) {
				return key(record);
			}
		}
		return null;
	}

	private static int line(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? 1 : node.getStartLine();
	}

	private static String text(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}
