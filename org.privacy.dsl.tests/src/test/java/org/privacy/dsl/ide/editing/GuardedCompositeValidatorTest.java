package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.ide.PrivacyIdeSetup;
import org.privacy.dsl.ide.limits.GuardedCompositeValidator;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.PrivacyFactory;
import org.privacy.dsl.validation.IssueCodes;

import com.google.inject.Injector;

/**
 * Issue 10: under {@code -Xmx1g} an {@link OutOfMemoryError} in a check reached the user as a diagnostic coded
 * {@code ...EClassImpl@2c715e84...}, "Error executing EValidator". In the language server, a check that throws is a
 * {@code privacy.check-failed} warning, and running out of memory is not a diagnostic at all: it goes on to the server.
 */
class GuardedCompositeValidatorTest {

	private static final Injector INJECTOR = new PrivacyIdeSetup().createInjector();

	@Test
	void theLanguageServerUsesIt() {
		assertThat(INJECTOR.getInstance(CompositeEValidator.class)).isInstanceOf(GuardedCompositeValidator.class);
	}

	@Test
	void aCheckThatThrowsIsACheckFailedWarningWithOurCode() {
		for (RuntimeException failure : List.of(new NullPointerException(), new IllegalStateException("x@1f"))) {
			List<Issue> issues = validate(failing(failure));

			assertThat(issues).singleElement().satisfies(issue -> {
				assertThat(issue.getCode()).isEqualTo(IssueCodes.CHECK_FAILED);
				assertThat(issue.getSeverity()).hasToString("WARNING");
				assertThat(issue.getMessage()).doesNotContain("EValidator", "Exception", "@");
			});
		}
	}

	@Test
	void runningOutOfMemoryInACheckIsNotADiagnostic() {
		assertThatThrownBy(() -> validate(failing(new OutOfMemoryError("Java heap space"))))
				.isInstanceOf(OutOfMemoryError.class);
		assertThatThrownBy(() -> validate(failing(new StackOverflowError()))).isInstanceOf(StackOverflowError.class);
	}

	private static List<Issue> validate(EValidator check) {
		CompositeEValidator composite = INJECTOR.getInstance(CompositeEValidator.class);
		composite.addValidator(check);
		Entity entity = PrivacyFactory.eINSTANCE.createEntity();
		entity.setName("Incident");
		BasicDiagnostic chain = new BasicDiagnostic();
		Map<Object, Object> context = new HashMap<>();
		composite.validate(entity.eClass(), entity, chain, context);
		List<Issue> issues = new ArrayList<>();
		IDiagnosticConverter converter = INJECTOR.getInstance(IDiagnosticConverter.class);
		chain.getChildren().forEach(d -> converter.convertValidatorDiagnostic(d, issues::add));
		return issues;
	}

	/** A validator whose every check throws {@code failure}. */
	private static EValidator failing(Throwable failure) {
		return new EValidator() {
			@Override
			public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
				throw sneaky(failure);
			}

			@Override
			public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics,
					Map<Object, Object> context) {
				throw sneaky(failure);
			}

			@Override
			public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics,
					Map<Object, Object> context) {
				throw sneaky(failure);
			}
		};
	}

	private static RuntimeException sneaky(Throwable failure) {
		if (failure instanceof Error error) {
			throw error;
		}
		return (RuntimeException) failure;
	}
}
