package org.privacy.dsl.generator;

import static org.privacy.dsl.generator.JavaText.literal;

import java.util.stream.Collectors;

import org.privacy.runtime.DataModel;

/**
 * The Java expression that builds a policy's {@link DataModel}: one {@code DataModel.Entity} per entity, one line per
 * field, each field saying only what differs from a single, required, non-personal value.
 */
final class ModelText {
	private ModelText() {
	}

	/** The entities, one after the other, separated by commas: the arguments of {@code List.of(...)}. */
	static String entities(DataModel model) {
		return model.entities().stream().map(ModelText::entity).collect(Collectors.joining(",\n"));
	}

	private static String entity(DataModel.Entity entity) {
		String head = "new DataModel.Entity(" + literal(entity.name()) + ", "
				+ (entity.keyField() == null ? "null" : literal(entity.keyField())) + ", List.of(";
		if (entity.fields().isEmpty()) {
			return head + "))";
		}
		return head + "\n" + entity.fields().stream().map(field -> "\t\t" + field(field))
				.collect(Collectors.joining(",\n")) + "))";
	}

	private static String field(DataModel.Field field) {
		StringBuilder text = new StringBuilder("DataModel.field(").append(literal(field.name()))
				.append(", DataModel.Type.").append(field.type().name());
		if (field.typeName() != null) {
			text.append(", ").append(literal(field.typeName()));
		}
		text.append(')');
		if (field.list()) {
			text.append(".withList()");
		}
		if (field.sharedBy() != null) {
			text.append(".withSharing(").append(literal(field.sharedBy())).append(", ").append(literal(field.via()))
					.append(')');
		} else if (field.via() != null) {
			text.append(".withVia(").append(literal(field.via())).append(')');
		}
		if (field.optional()) {
			text.append(".withOptional()");
		}
		if (field.personal()) {
			text.append(".withPersonal()");
		}
		return text.toString();
	}
}
