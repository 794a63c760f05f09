package org.privacy.dsl.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.runtime.DataModel;
import org.privacy.runtime.Policy;
import org.privacy.runtime.RecordPolicy;

/** The data model a generated policy carries ({@code model()}) is the compiler's description of its entities. */
class PolicyModelTest {

	private static final String MODEL = """
			package model.test

			entity Prospect {
			  email: text key category user.contact.email
			  consents: list of Consent via prospect
			  optedOutAt: datetime optional
			}

			entity Consent {
			  id: text key
			  prospect: Prospect
			  channel: Channel
			  recorded: boolean
			}

			enum Channel { email, sms }

			entity Unrelated {
			  id: number key
			}
			""";

	private static final String RULES = """
			package model.test

			rule C1 "A consent is recorded"
				basis "GDPR art. 7"
				severity law
				Consent requires recorded
			""";

	@Test
	void aPolicyCarriesTheEntitiesOfItsFileAndThoseTheyReferTo() {
		CompilationResult compiled = PrivacyTestSupport.compile(GenerationMode.RECORDS,
				Map.of("model.privacy", MODEL, "rules.privacy", RULES));
		assertThat(compiled.hasErrors()).as("%s", compiled.diagnostics()).isFalse();
		Map<String, Policy> policies = PrivacyTestSupport.load(compiled, Map.of());
		RecordPolicy policy = (RecordPolicy) policies.values().iterator().next();

		// the rules' file declares no entity: the subject and what it reaches, not the unrelated one
		assertThat(policy.model().names()).containsExactly("Consent", "Prospect");
		assertThat(compiled.model().names()).containsExactly("Consent", "Prospect", "Unrelated");
		for (DataModel.Entity entity : policy.model().entities()) {
			assertThat(entity).isEqualTo(compiled.model().entity(entity.name()));
		}
		DataModel.Entity prospect = policy.model().entity("Prospect");
		assertThat(prospect.keyField()).isEqualTo("email");
		assertThat(prospect.key().personal()).isTrue();
		assertThat(prospect.field("consents")).isEqualTo(DataModel.field("consents", DataModel.Type.ENTITY,
				"Consent").withList().withVia("prospect"));
		assertThat(prospect.field("optedOutAt").optional()).isTrue();
		assertThat(policy.model().entity("Consent").field("channel"))
				.isEqualTo(DataModel.field("channel", DataModel.Type.ENUM, "Channel"));
		// built once per class
		assertThat(policy.model()).isSameAs(policy.model());
		assertThat(List.copyOf(policy.model().entities())).hasSize(2);
	}
}
