package org.privacy.dsl.compiler;

import java.util.ArrayList;
import java.util.List;

import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.typing.PersonalData;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyTypeComputer;
import org.privacy.dsl.typing.Relations;

import com.google.inject.Inject;

/** Describes entities for data readers: key field, field types, references and personal data. */
public class ModelDescriber {

	@Inject
	private PrivacyTypeComputer types;

	public EntityModel describe(Entity entity) {
		String key = null;
		List<EntityModel.FieldModel> fields = new ArrayList<>();
		for (Field field : entity.getFields()) {
			if (field.isKey() && key == null) {
				key = field.getName();
			}
			PrivacyType type = types.typeOf(field);
			String typeName = type.entity() != null ? type.entity().getName()
					: type.enumeration() != null ? type.enumeration().getName() : null;
			String kind = switch (type.kind()) {
				case ENTITY -> "entity";
				case ENUM, WEEKDAY -> "enum";
				default -> type.kind().name().toLowerCase(java.util.Locale.ROOT);
			};
			Field via = field.getType() == null ? null : field.getType().getVia();
			Field sharedBy = field.getType() == null ? null : field.getType().getSharing();
			if (sharedBy != null) {
				via = Relations.sharedField(field.getType());
				sharedBy = via == null ? null : sharedBy;
			}
			fields.add(new EntityModel.FieldModel(field.getName(), kind, typeName, type.list(),
					via == null || via.eIsProxy() ? null : via.getName(), field.isOptional(), PersonalData.isPersonal(field),
					sharedBy == null ? null : sharedBy.getName()));
		}
		return new EntityModel(entity.getName(), key, fields);
	}
}
