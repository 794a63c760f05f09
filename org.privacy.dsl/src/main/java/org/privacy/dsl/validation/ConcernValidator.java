package org.privacy.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.privacy.dsl.privacy.PrivacyPackage;

/**
 * Base of the validators of one concern each; {@link PrivacyValidator} composes them and registers only itself. They
 * report a {@link Message} of {@link Messages}, which carries its code, through the methods below: the sentences are
 * written there, not here.
 */
public abstract class ConcernValidator extends AbstractDeclarativeValidator {

	protected static final PrivacyPackage P = PrivacyPackage.eINSTANCE;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(PrivacyPackage.eINSTANCE);
	}

	/** Reports an error on {@code feature} of {@code source} (the whole object when null), with a quick fix's data. */
	protected void error(Message message, EObject source, EStructuralFeature feature, String... data) {
		error(message.text(), source, feature, message.code(), data);
	}

	/** Reports an error on the {@code index}-th value of a many-valued {@code feature}. */
	protected void error(Message message, EObject source, EStructuralFeature feature, int index, String... data) {
		error(message.text(), source, feature, index, message.code(), data);
	}

	/** Reports a warning on {@code feature} of {@code source} (the whole object when null). */
	protected void warning(Message message, EObject source, EStructuralFeature feature, String... data) {
		warning(message.text(), source, feature, message.code(), data);
	}

	/** Reports a warning on the {@code index}-th value of a many-valued {@code feature}. */
	protected void warning(Message message, EObject source, EStructuralFeature feature, int index, String... data) {
		warning(message.text(), source, feature, index, message.code(), data);
	}

	/** Reports a warning on {@code length} characters of the file from {@code offset}, {@code object} being any. */
	protected void warningAt(Message message, EObject object, int offset, int length, String... data) {
		getMessageAcceptor().acceptWarning(message.text(), object, offset, length, message.code(), data);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into PrivacyValidator, which registers for the package
	}
}
