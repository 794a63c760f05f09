package org.privacy.beanvalidation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.FirstViolation;
import org.privacy.runtime.Policy;
import org.privacy.runtime.Status;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;

/** Runs the policies of a {@link PrivacyRules} constraint and turns each rejected finding into a violation. */
public class PrivacyRulesValidator implements ConstraintValidator<PrivacyRules, Object> {
	/** {@code [2]}: an element named by its position, not {@code []}, the elements of a list as a whole. */
	private static final Pattern ELEMENT_INDEX = Pattern.compile("\\[\\d+]");

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
		String path = path(finding.fields());
		if (path.isEmpty()) {
			violation.addConstraintViolation();
			return;
		}
		// credentials[2].algorithm: the node after a list is in an iterable, at the element's index when the finding
		// names the element ([2]), without one when it is about the list as a whole ([])
		Object at = null; // where the next node goes: one of the builder contexts of the Jakarta API
		Integer index = null;
		boolean inList = false;
		for (String segment : path.split("\\.")) {
			int bracket = segment.indexOf('[');
			NodeBuilderCustomizableContext next = propertyNode(violation, at,
					bracket < 0 ? segment : segment.substring(0, bracket));
			at = next;
			if (inList) {
				NodeContextBuilder element = next.inIterable();
				at = index == null ? element : element.atIndex(index);
			}
			inList = bracket >= 0;
			index = inList ? elementIndex(segment.substring(bracket)) : null;
		}
		if (inList) {
			// the finding is about an element itself (tags[2]): a bean node in the list, at that index
			LeafNodeContextBuilder element = beanNode(at).inIterable();
			if (index == null) {
				element.addConstraintViolation();
			} else {
				element.atIndex(index).addConstraintViolation();
			}
		} else if (at instanceof NodeBuilderCustomizableContext node) {
			node.addConstraintViolation();
		} else if (at instanceof NodeContextBuilder node) {
			node.addConstraintViolation();
		} else {
			((NodeBuilderDefinedContext) at).addConstraintViolation();
		}
	}

	/**
	 * The field a violation is reported on. A finding about one element of a list names it by its index: a deadline per
	 * element reads the record's start, then the element's event ({@code recipients[2].toldAt}), then its own start and
	 * the exceptions' fields, so the first field with an index is the element's event. Otherwise the fields come in the
	 * order the rule reads them: its scope first ({@code channel = EMAIL}), what it requires last.
	 */
	static String path(List<String> fields) {
		for (String field : fields) {
			if (ELEMENT_INDEX.matcher(field).find()) {
				return field;
			}
		}
		return fields.isEmpty() ? "" : fields.get(fields.size() - 1);
	}

	private static NodeBuilderCustomizableContext propertyNode(ConstraintViolationBuilder violation, Object at,
			String name) {
		if (at == null) {
			return violation.addPropertyNode(name);
		}
		if (at instanceof NodeBuilderCustomizableContext node) {
			return node.addPropertyNode(name);
		}
		if (at instanceof NodeContextBuilder node) {
			return node.addPropertyNode(name);
		}
		return ((NodeBuilderDefinedContext) at).addPropertyNode(name);
	}

	private static LeafNodeBuilderCustomizableContext beanNode(Object at) {
		if (at instanceof NodeBuilderCustomizableContext node) {
			return node.addBeanNode();
		}
		if (at instanceof NodeContextBuilder node) {
			return node.addBeanNode();
		}
		return ((NodeBuilderDefinedContext) at).addBeanNode();
	}

	/** The index in {@code [2]}, or {@code null} for {@code []} (or anything else between the brackets). */
	private static Integer elementIndex(String brackets) {
		String digits = brackets.substring(1, brackets.length() - 1);
		if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Integer.valueOf(digits);
	}

	/** What a {@code ConstraintViolation} says: the rule id, then the finding's sentence. */
	static String message(Finding finding) {
		return finding.ruleId() + ": " + finding.explanation();
	}
}
