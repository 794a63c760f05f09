package org.privacy.dsl.generator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyTypeComputer;
import org.privacy.dsl.typing.Relations;
import org.privacy.runtime.DataModel;

import com.google.inject.Inject;

/**
 * Describes entities as the runtime's {@link DataModel}: key field, field types, references, {@code via} and
 * {@code sharing} lists and personal data. The compiler gives the model of every compiled file; the generator writes
 * each policy's into its class ({@code model()}), so that a check needs no compiler to read data.
 */
public class ModelDescriber {

	@Inject
	private PrivacyTypeComputer types;

	/** The model of the given entities (those without a name, already reported as syntax errors, left out). */
	public DataModel describe(Collection<Entity> entities) {
		List<DataModel.Entity> described = new ArrayList<>();
		for (Entity entity : entities) {
			if (entity.getName() != null) {
				described.add(describe(entity));
			}
		}
		return new DataModel(described);
	}

	/**
	 * The model a policy's class carries: the entities declared in its file and the subjects of its rules, and every
	 * entity their fields refer to, directly or not.
	 */
	public DataModel policyModel(Model model, Collection<Entity> subjects) {
		Set<Entity> reached = new LinkedHashSet<>();
		Deque<Entity> next = new ArrayDeque<>();
		next.addAll(org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(model, Entity.class));
		next.addAll(subjects);
		while (!next.isEmpty()) {
			Entity entity = next.pop();
			if (entity == null || entity.eIsProxy() || !reached.add(entity)) {
				continue;
			}
			for (Field field : entity.getFields()) {
				Entity target = types.typeOf(field).entity();
				if (target != null) {
					next.add(target);
				}
			}
		}
		return describe(reached);
	}

	public DataModel.Entity describe(Entity entity) {
		String key = null;
		List<DataModel.Field> fields = new ArrayList<>();
		for (Field field : entity.getFields()) {
			if (field.isKey() && key == null) {
				key = field.getName();
			}
			fields.add(describe(field));
		}
		return new DataModel.Entity(entity.getName(), key, fields);
	}

	private DataModel.Field describe(Field field) {
		PrivacyType type = types.typeOf(field);
		String typeName = type.entity() != null ? type.entity().getName()
				: type.enumeration() != null ? type.enumeration().getName() : null;
		DataModel.Type kind = switch (type.kind()) {
			case TEXT -> DataModel.Type.TEXT;
			case NUMBER -> DataModel.Type.NUMBER;
			case BOOLEAN -> DataModel.Type.BOOLEAN;
			case DATE -> DataModel.Type.DATE;
			case DATETIME -> DataModel.Type.DATETIME;
			case DURATION -> DataModel.Type.DURATION;
			case TIME -> DataModel.Type.TIME;
			case ENUM, WEEKDAY -> DataModel.Type.ENUM;
			case ENTITY -> DataModel.Type.ENTITY;
			case UNKNOWN -> DataModel.Type.UNKNOWN;
		};
		Field via = field.getType() == null ? null : field.getType().getVia();
		Field sharedBy = field.getType() == null ? null : field.getType().getSharing();
		if (sharedBy != null) {
			via = Relations.sharedField(field.getType());
			sharedBy = via == null ? null : sharedBy;
		}
		return new DataModel.Field(field.getName(), kind, typeName, type.list(),
				via == null || via.eIsProxy() ? null : via.getName(), field.isOptional(), isPersonal(field),
				sharedBy == null ? null : sharedBy.getName());
	}

	/**
	 * Whether a field's value shows personal data: the field is personal, or it refers to records whose key is
	 * (a reference holds the key of the record it names).
	 */
	public static boolean isPersonalValue(Field field, PrivacyTypeComputer types) {
		if (isPersonal(field)) {
			return true;
		}
		Entity target = types.typeOf(field).entity();
		return target != null && target.getFields().stream().anyMatch(f -> f.isKey() && isPersonal(f));
	}

	/** Whether a field holds personal data: its category is under {@code user} in the fideslang taxonomy. */
	public static boolean isPersonal(Field field) {
		if (field.getCategory() == null || field.getCategory().eIsProxy()) {
			return false;
		}
		String name = field.getCategory().getName();
		return name != null && (name.equals("user") || name.startsWith("user."));
	}
}
