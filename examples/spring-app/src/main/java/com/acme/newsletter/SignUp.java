package com.acme.newsletter;

import java.time.LocalDate;

import org.privacy.beanvalidation.PrivacyRules;

import com.acme.newsletter.rules.NewsletterRules;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;

/**
 * A sign-up as the web form sends it. Its own constraints (a well-formed address) sit beside the privacy rules of
 * {@code src/main/privacy}, which the generated {@link NewsletterRules} checks.
 */
@PrivacyRules(NewsletterRules.class)
public record SignUp(@NotNull @Email String email, @NotNull Channel channel, boolean marketingConsent,
		@NotNull LocalDate birthDate) {
}
