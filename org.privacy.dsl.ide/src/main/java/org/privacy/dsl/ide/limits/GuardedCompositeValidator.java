package org.privacy.dsl.ide.limits;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.FeatureBasedDiagnostic;
import org.privacy.dsl.validation.Message;
import org.privacy.dsl.validation.Messages;

/**
 * Xtext's composite of validators, which turns any exception of a check into an error diagnostic whose issue code is
 * the Java object's {@code toString} ({@code ...EClassImpl@2c715e84...}) and message "Error executing EValidator": an
 * {@link OutOfMemoryError} reached the user that way. Here running out of memory (or any {@link VirtualMachineError})
 * is not a diagnostic: it goes on up to the language server, which says so once and recovers. Any other failure of a
 * check is a {@code privacy.check-failed} warning on the element checked; the other checks have run.
 */
public class GuardedCompositeValidator extends CompositeEValidator {

	@Override
	protected Diagnostic createExceptionDiagnostic(String message, Object object, Throwable e) {
		if (e instanceof VirtualMachineError error) {
			throw error;
		}
		Message failed = Messages.checkFailed();
		if (object instanceof EObject element) {
			return new FeatureBasedDiagnostic(Diagnostic.WARNING, failed.text(), element, null, -1, CheckType.FAST,
					failed.code());
		}
		return new BasicDiagnostic(Diagnostic.WARNING, failed.code(), 0, failed.text(), new Object[0]);
	}
}
