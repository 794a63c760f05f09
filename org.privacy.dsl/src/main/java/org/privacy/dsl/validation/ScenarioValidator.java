package org.privacy.dsl.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.privacy.dsl.privacy.BooleanLiteral;
import org.privacy.dsl.privacy.DateLiteral;
import org.privacy.dsl.privacy.DateTimeLiteral;
import org.privacy.dsl.privacy.DurationLiteral;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Expectation;
import org.privacy.dsl.privacy.Expression;
import org.privacy.dsl.privacy.FieldValue;
import org.privacy.dsl.privacy.GivenRecord;
import org.privacy.dsl.privacy.NumberLiteral;
import org.privacy.dsl.privacy.Scenario;
import org.privacy.dsl.privacy.TextLiteral;
import org.privacy.dsl.privacy.TimeLiteral;
import org.privacy.dsl.privacy.ValueList;
import org.privacy.dsl.privacy.ValueName;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.validation.Messages.ValueKind;
import org.privacy.dsl.typing.PrivacyType.Kind;
import org.privacy.dsl.typing.PrivacyTypeComputer;
import org.privacy.runtime.Status;

import com.google.inject.Inject;

/** Scenarios: record names unique, fields set once with values of their type, expected outcomes that can happen. */
public class ScenarioValidator extends ConcernValidator {

	@Inject
	private PrivacyTypeComputer types;

	@Check
	public void uniqueRecords(Scenario scenario) {
		Set<String> names = new HashSet<>();
		for (GivenRecord record : scenario.getRecords()) {
			if (record.getName() != null && !names.add(record.getName())) {
				error(Messages.scenarioRecordTwice(record.getName()), record, P.getGivenRecord_Name(),
						record.getName());
			}
		}
	}

	@Check
	public void fields(GivenRecord record) {
		Set<Object> seen = new HashSet<>();
		for (FieldValue value : record.getValues()) {
			if (value.getField() == null || value.getField().eIsProxy()) {
				continue;
			}
			if (!seen.add(value.getField())) {
				error(Messages.scenarioFieldTwice(value.getField().getName()), value, P.getFieldValue_Field(),
						value.getField().getName());
				continue;
			}
			PrivacyType type = types.typeOf(value.getField());
			if (type.list() && value.getField().getType().getVia() != null) {
				error(Messages.viaListSet(value.getField().getName(), value.getField().getType().getVia().getName()),
						value, P.getFieldValue_Field());
				continue;
			}
			if (type.list() && value.getField().getType().getSharing() != null) {
				error(Messages.sharingListSet(value.getField().getName(),
						value.getField().getType().getSharing().getName()), value, P.getFieldValue_Field());
				continue;
			}
			check(value.getField().getName(), type, value.getValue(), value, P.getFieldValue_Value());
		}
	}

	private void check(String field, PrivacyType type, Expression value, EObject owner, EStructuralFeature feature) {
		if (type.isUnknown() || value == null) {
			return;
		}
		if (value instanceof ValueList list) {
			if (!type.list()) {
				mismatch(field, type, Messages.valueKind(ValueKind.LIST), list, null);
				return;
			}
			for (Expression item : list.getItems()) {
				check(field, type.element(), item, item, null);
			}
			return;
		}
		if (type.list()) {
			mismatch(field, type, Messages.valueKind(ValueKind.SINGLE_VALUE), owner, feature);
			return;
		}
		String actual = fits(type, value);
		if (actual != null) {
			mismatch(field, type, actual, owner, feature);
		}
	}

	/** {@code null} if {@code value} can be a value of {@code type}, else how to name what it is. */
	private static String fits(PrivacyType type, Expression value) {
		Kind k = type.kind();
		if (value instanceof TextLiteral) {
			return k == Kind.TEXT || k == Kind.ENTITY ? null : Messages.valueKind(ValueKind.TEXT);
		}
		if (value instanceof NumberLiteral) {
			return k == Kind.NUMBER ? null : Messages.valueKind(ValueKind.NUMBER);
		}
		if (value instanceof BooleanLiteral) {
			return k == Kind.BOOLEAN ? null : Messages.valueKind(ValueKind.BOOLEAN);
		}
		if (value instanceof DateLiteral) {
			return k == Kind.DATE ? null : Messages.valueKind(ValueKind.DATE);
		}
		if (value instanceof DateTimeLiteral) {
			return k == Kind.DATETIME ? null : Messages.valueKind(ValueKind.DATE_TIME);
		}
		if (value instanceof TimeLiteral) {
			return k == Kind.TIME ? null : Messages.valueKind(ValueKind.TIME);
		}
		if (value instanceof DurationLiteral) {
			return k == Kind.DURATION ? null : Messages.valueKind(ValueKind.LENGTH_OF_TIME);
		}
		if (value instanceof ValueName name && name.getTarget() != null && !name.getTarget().eIsProxy()) {
			if (name.getTarget() instanceof EnumValue enumValue) {
				return k == Kind.ENUM && enumValue.eContainer() == type.enumeration() || k == Kind.WEEKDAY ? null
						: Messages.valueOfEnumeration(((org.privacy.dsl.privacy.Enumeration) enumValue.eContainer()).getName());
			}
			if (name.getTarget() instanceof GivenRecord record) {
				return k == Kind.ENTITY && record.getEntity() == type.entity() ? null
						: Messages.recordOf(record.getEntity() == null ? null : record.getEntity().getName());
			}
		}
		return null;
	}

	private void mismatch(String field, PrivacyType type, String actual, EObject owner, EStructuralFeature feature) {
		error(Messages.scenarioValueType(field, type, actual), owner, feature, field);
	}

	@Check
	public void expectation(Expectation expectation) {
		if (expectation.getStatus() != null && Status.fromWord(expectation.getStatus()) == null) {
			error(Messages.unknownOutcome(expectation.getStatus()), expectation, P.getExpectation_Status(),
					expectation.getStatus());
		}
		if (expectation.getNoun() != null && !expectation.getNoun().equals("finding")
				&& !expectation.getNoun().equals("findings")) {
			error(Messages.writeFindings(expectation.getNoun()), expectation, P.getExpectation_Noun(),
					expectation.getNoun());
		}
		GivenRecord record = expectation.getRecord();
		if (record != null && !record.eIsProxy() && expectation.getRule() != null && !expectation.getRule().eIsProxy()
				&& record.getEntity() != null && !record.getEntity().eIsProxy()) {
			var subject = types.subjectEntity(expectation.getRule());
			if (subject != null && subject != record.getEntity()) {
				error(Messages.recordNotChecked(expectation.getRule().getName(), subject.getName(), record.getName(),
						record.getEntity().getName()), expectation, P.getExpectation_Record(), record.getName());
			}
		}
	}
}
