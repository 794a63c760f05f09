package org.privacy.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.privacy.dsl.privacy.PrivacyPackage;

/** Base of the validators of one concern each; {@link PrivacyValidator} composes them and registers only itself. */
public abstract class ConcernValidator extends AbstractDeclarativeValidator {

	protected static final PrivacyPackage P = PrivacyPackage.eINSTANCE;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(PrivacyPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into PrivacyValidator, which registers for the package
	}
}
