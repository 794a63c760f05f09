package org.privacy.beanvalidation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.FirstViolation;
import org.privacy.runtime.Policy;
import org.privacy.runtime.Status;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;

/** Runs the policies of a {@link PrivacyRules} constraint and turns each rejected finding into a violation. */
public class PrivacyRulesValidator implements ConstraintValidator<PrivacyRules, Object> {
	private List<Class<? extends Policy>> policies;
	private Set<Status> rejected;
	/** Whether a record that complies can have no rejected finding, so that the verdict alone answers it. */
	private boolean verdictSuffices;

	@Override
	public void initialize(PrivacyRules constraint) {
		policies = List.of(constraint.value());
		rejected = constraint.reject().length == 0 ? EnumSet.noneOf(Status.class)
				: EnumSet.copyOf(List.of(constraint.reject()));
		verdictSuffices = rejected.stream().allMatch(FirstViolation::fails);
	}

	@Override
	public boolean isValid(Object bean, ConstraintValidatorContext context) {
		if (bean == null) {
			return true; // as every Jakarta constraint: @NotNull says whether null is allowed
		}
		Context now = Context.of(context.getClockProvider().getClock());
		boolean valid = true;
		for (Class<? extends Policy> policy : policies) {
			PolicyCheck check = PolicyCheck.of(policy, bean.getClass());
			if (verdictSuffices && check.complies(bean, now)) {
				continue; // the common case: no finding is built
			}
			for (Finding finding : check.check(bean, now)) {
				if (rejected.contains(finding.status())) {
					if (valid) {
						context.disableDefaultConstraintViolation();
						valid = false;
					}
					report(finding, context);
				}
			}
		}
		return valid;
	}

	private static void report(Finding finding, ConstraintValidatorContext context) {
		ConstraintViolationBuilder violation = context
				.buildConstraintViolationWithTemplate(MessageTemplates.literal(message(finding)));
		List<String> fields = finding.fields();
		// The fields come in the order the rule reads them: its scope first (channel = EMAIL), what it requires last
		String path = fields.isEmpty() ? "" : fields.get(fields.size() - 1);
		if (path.isEmpty()) {
			violation.addConstraintViolation();
			return;
		}
		NodeBuilderCustomizableContext node = null;
		for (String name : path.split("\\.")) {
			node = node == null ? violation.addPropertyNode(name) : node.addPropertyNode(name);
		}
		node.addConstraintViolation();
	}

	/** What a {@code ConstraintViolation} says: the rule id, then the finding's sentence. */
	static String message(Finding finding) {
		return finding.ruleId() + ": " + finding.explanation();
	}
}
