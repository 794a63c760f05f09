package org.privacy.check;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine depends on the runtime and Jackson only: this module's class path (its dependencies, as an
 * application embedding it gets them) holds no Xtext, no compiler of the language and no command line.
 */
class NoCompilerOnClassPathTest {

	@ParameterizedTest
	@ValueSource(strings = { "org.eclipse.xtext.resource.XtextResource", "org.eclipse.emf.ecore.EObject",
			"org.privacy.dsl.compiler.PrivacyCompiler", "org.privacy.dsl.PrivacyStandaloneSetup",
			"org.privacy.cli.PrivacyCli", "picocli.CommandLine", "com.google.inject.Injector" })
	void isNotOnTheClassPath(String className) {
		assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
				.isInstanceOf(ClassNotFoundException.class);
	}
}
