package org.privacy.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Validates a file and leaves out the warnings it silences ({@link Suppressions}), so that the editor does not show
 * them; the compiler asks for them too ({@link #validateAll}), since {@code privacy lint} reports them as suppressed.
 */
public class PrivacyResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> kept = new ArrayList<>();
		for (Issue issue : validateAll(resource, mode, indicator)) {
			if (!Suppressions.isSuppressed(resource, issue)) {
				kept.add(issue);
			}
		}
		return kept;
	}

	/** Every diagnostic of the file, the silenced ones included. */
	public List<Issue> validateAll(Resource resource, CheckMode mode, CancelIndicator indicator) {
		return super.validate(resource, mode, indicator);
	}
}
