package com.acme.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.acme.newsletter.rules.NewsletterRules;

import jakarta.validation.ConstraintViolationException;

/** The privacy rules of src/main/privacy, enforced by @Valid on the web request and on the service. */
@SpringBootTest
class SignUpTest {
	private static final String ADULT = LocalDate.now().minusYears(30).toString();
	private static final String CHILD = LocalDate.now().minusYears(10).toString();

	@Autowired
	private WebApplicationContext context;
	@Autowired
	private SignUps signUps;
	@Autowired
	private NewsletterRules rules;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).build();
	}

	private static String signUp(boolean consent, String birthDate) {
		return """
				{"email": "jean.dupont@example.com", "channel": "EMAIL", "marketingConsent": %s, "birthDate": "%s"}"""
				.formatted(consent, birthDate);
	}

	@Test
	void aSignUpThatKeepsTheRulesIsStored() throws Exception {
		int before = signUps.all().size();

		mvc.perform(post("/sign-ups").contentType(MediaType.APPLICATION_JSON).content(signUp(true, ADULT)))
				.andExpect(status().isCreated());

		assertThat(signUps.all()).hasSize(before + 1);
	}

	@Test
	void aSignUpWithoutConsentIsRefusedNamingTheRuleAndTheField() throws Exception {
		MvcResult result = mvc
				.perform(post("/sign-ups").contentType(MediaType.APPLICATION_JSON).content(signUp(false, ADULT)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.problems.length()").value(1))
				.andReturn();

		assertThat(result.getResponse().getContentAsString())
				.contains("marketingConsent: MKT-01: ", "CPCE art. L34-5");
	}

	@Test
	void aChildSigningUpIsRefusedWithoutShowingTheirAddress() throws Exception {
		MvcResult result = mvc
				.perform(post("/sign-ups").contentType(MediaType.APPLICATION_JSON).content(signUp(true, CHILD)))
				.andExpect(status().isBadRequest())
				.andReturn();

		assertThat(result.getResponse().getContentAsString())
				.contains("birthDate: MIN-01: ", "GDPR art. 8")
				.doesNotContain("jean.dupont@example.com");
	}

	@Test
	void theAgeOfDigitalConsentComesFromTheConfiguration() throws Exception {
		// 16 in the rule file (GDPR art. 8(1)), 15 in application.properties (French Data Protection Act art. 45)
		String fifteenAndAHalf = LocalDate.now().minusYears(15).minusMonths(6).toString();

		mvc.perform(post("/sign-ups").contentType(MediaType.APPLICATION_JSON).content(signUp(true, fifteenAndAHalf)))
				.andExpect(status().isCreated());
		assertThat(rules.parameterNames()).containsExactly("minorAge");
	}

	@Test
	void theServiceRefusesASignUpThatBreaksTheRulesWhoeverCalls() {
		SignUp child = new SignUp("jean.dupont@example.com", Channel.EMAIL, true, LocalDate.now().minusYears(10));

		assertThatThrownBy(() -> signUps.store(child)).isInstanceOf(ConstraintViolationException.class)
				.hasMessageContaining("MIN-01");
		assertThat(signUps.all()).doesNotContain(child);
	}

	@Test
	void thePolicyIsABean() {
		assertThat(rules.rules()).extracting(r -> r.id()).containsExactly("MKT-01", "MIN-01");
	}
}
