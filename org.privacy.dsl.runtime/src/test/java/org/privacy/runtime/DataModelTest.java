package org.privacy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

class DataModelTest {

	private static final DataModel.Entity PROSPECT = new DataModel.Entity("Prospect", "email", List.of(
			DataModel.field("email", DataModel.Type.TEXT).withPersonal(),
			DataModel.field("consents", DataModel.Type.ENTITY, "Consent").withList().withVia("prospect")));
	private static final DataModel.Entity CONSENT = new DataModel.Entity("Consent", null, List.of(
			DataModel.field("prospect", DataModel.Type.ENTITY, "Prospect"),
			DataModel.field("channel", DataModel.Type.ENUM, "Channel").withOptional()));

	@Test
	void entitiesAreSortedByNameAndFoundByName() {
		DataModel model = new DataModel(List.of(PROSPECT, CONSENT));
		assertThat(model.entities()).containsExactly(CONSENT, PROSPECT);
		assertThat(model.names()).containsExactly("Consent", "Prospect");
		assertThat(model.entity("Prospect")).isSameAs(PROSPECT);
		assertThat(model.entity("Nobody")).isNull();
	}

	@Test
	void fieldsSayOnlyWhatTheyAreGiven() {
		DataModel.Field email = PROSPECT.key();
		assertThat(email.name()).isEqualTo("email");
		assertThat(email.personal()).isTrue();
		assertThat(email.list() || email.optional() || email.isReference()).isFalse();
		DataModel.Field consents = PROSPECT.field("consents");
		assertThat(consents.list()).isTrue();
		assertThat(consents.via()).isEqualTo("prospect");
		assertThat(consents.sharedBy()).isNull();
		assertThat(consents.isReference()).isTrue();
		assertThat(CONSENT.key()).isNull();
		assertThat(CONSENT.field("channel").optional()).isTrue();
	}

	@Test
	void aSharingListKeepsBothFields() {
		DataModel.Field calls = DataModel.field("samePerson", DataModel.Type.ENTITY, "Call").withList()
				.withSharing("personId", "subjectId");
		assertThat(calls.sharedBy()).isEqualTo("personId");
		assertThat(calls.via()).isEqualTo("subjectId");
	}

	@Test
	void theFirstOfTwoEntitiesWithOneNameIsKept() {
		DataModel.Entity other = new DataModel.Entity("Consent", "id", List.of());
		DataModel union = DataModel.union(List.of(new DataModel(List.of(CONSENT)), new DataModel(List.of(other,
				PROSPECT))));
		assertThat(union.entities()).containsExactly(CONSENT, PROSPECT);
		assertThat(DataModel.EMPTY.entities()).isEmpty();
	}

	@Test
	void typesHaveTheLanguagesWords() {
		assertThat(DataModel.Type.DATETIME.word()).isEqualTo("datetime");
		assertThat(DataModel.Type.of("number")).isEqualTo(DataModel.Type.NUMBER);
	}

	@Test
	void aFieldNeedsANameAndAType() {
		assertThatThrownBy(() -> DataModel.field(null, DataModel.Type.TEXT)).isInstanceOf(NullPointerException.class);
		assertThatThrownBy(() -> DataModel.field("a", null)).isInstanceOf(NullPointerException.class);
	}

	@Test
	void aModelIsSerialisableForDistributedChecks() throws Exception {
		DataModel model = new DataModel(List.of(PROSPECT, CONSENT));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(model);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			DataModel copy = (DataModel) in.readObject();
			assertThat(copy).isEqualTo(model);
			assertThat(copy.entity("Prospect")).isEqualTo(PROSPECT);
		}
	}
}
