package org.privacy.dsl.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The structure of the modules, read from their compiled classes: no package of the language, the language server,
 * the runtime, the check engine or the command line depends, through any path, on a package that depends back on it; and the runtime, which
 * applications embed, uses nothing but the JDK. A package is sliced with everything under it, so Xtext's and EMF's
 * generated sub-packages ({@code privacy.impl}, {@code parser.antlr.internal}) belong to the package they serve; the
 * classes directly in a module's root package (the Guice modules and the standalone setup) form a slice of their
 * own, as they bind the services of the other packages.
 */
class ArchitectureTest {
	private static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.privacy.dsl", "org.privacy.runtime", "org.privacy.check", "org.privacy.cli");
	}

	@Test
	void theLanguageHasNoPackageCycle() {
		// the language server lives in the language's namespace but is another module, checked below
		check(slices().assignedFrom(new TopLevelPackages("org.privacy.dsl", "org.privacy.dsl.ide"))
				.should().beFreeOfCycles());
	}

	@Test
	void theLanguageServerHasNoPackageCycle() {
		check(slices().assignedFrom(new TopLevelPackages("org.privacy.dsl.ide")).should().beFreeOfCycles());
	}

	@Test
	void theRuntimeHasNoPackageCycle() {
		check(slices().assignedFrom(new TopLevelPackages("org.privacy.runtime")).should().beFreeOfCycles());
	}

	@Test
	void theCheckEngineHasNoPackageCycle() {
		check(slices().assignedFrom(new TopLevelPackages("org.privacy.check")).should().beFreeOfCycles());
	}

	/** The entry point names the commands; the commands, reports and file writers never name it back. */
	@Test
	void theCommandLineHasNoPackageCycle() {
		check(slices().assignedFrom(new TopLevelPackages("org.privacy.cli")).should().beFreeOfCycles());
	}

	@Test
	void theCheckEngineDependsOnNeitherTheLanguageNorTheCommandLine() {
		check(noClasses().that().resideInAPackage("org.privacy.check..").should().dependOnClassesThat()
				.resideInAnyPackage("org.privacy.dsl..", "org.privacy.cli..", "org.eclipse..", "picocli..")
				.because("a compiled policy jar, the runtime and the engine check data with no compiler"));
	}

	@Test
	void theRuntimeDependsOnNothingButTheJdk() {
		check(noClasses().that().resideInAPackage("org.privacy.runtime..").should().dependOnClassesThat()
				.resideOutsideOfPackages("org.privacy.runtime..", "java..")
				.because("applications embed the runtime jar, which has no dependency at all"));
	}

	@Test
	void theLanguageDoesNotDependOnItsClients() {
		check(noClasses().that().resideInAPackage("org.privacy.dsl..").and().resideOutsideOfPackage("org.privacy.dsl.ide..")
				.should().dependOnClassesThat().resideInAnyPackage("org.privacy.dsl.ide..", "org.privacy.cli..")
				.because("the language server and the command line are built on the language, not the other way"));
	}

	/** The cycle rule finds a cycle where there is one: two test packages that use each other. */
	@Test
	void aCycleIsFound() {
		JavaClasses cycle = new ClassFileImporter().importPackages("org.privacy.dsl.architecture.cycle");
		assertThatThrownBy(() -> slices().assignedFrom(new TopLevelPackages("org.privacy.dsl.architecture.cycle"))
				.should().beFreeOfCycles().check(cycle)).isInstanceOf(AssertionError.class)
				.hasMessageContaining("Cycle detected");
	}

	/** The rules above would pass vacuously if the class path lacked the modules: make sure they were read. */
	@Test
	void everyModuleWasRead() {
		List<String> packages = classes.stream().map(JavaClass::getPackageName).distinct().toList();
		assertThat(packages).contains("org.privacy.dsl.compiler", "org.privacy.dsl.generator",
				"org.privacy.dsl.validation", "org.privacy.dsl.ide.server", "org.privacy.runtime", "org.privacy.check",
				"org.privacy.cli", "org.privacy.cli.command", "org.privacy.cli.report", "org.privacy.cli.exit");
	}

	private static void check(ArchRule rule) {
		rule.check(classes);
	}

	/**
	 * One slice per package directly under {@code root}, holding its sub-packages, plus one for the classes in
	 * {@code root} itself; packages under {@code excluded} are left out.
	 */
	private static final class TopLevelPackages implements SliceAssignment {
		private final String root;
		private final List<String> excluded;

		TopLevelPackages(String root, String... excluded) {
			this.root = root;
			this.excluded = List.of(excluded);
		}

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
			String name = javaClass.getPackageName();
			if (!within(name, root) || excluded.stream().anyMatch(e -> within(name, e))) {
				return SliceIdentifier.ignore();
			}
			if (name.equals(root)) {
				return SliceIdentifier.of(root + " (root)");
			}
			String rest = name.substring(root.length() + 1);
			int dot = rest.indexOf('.');
			return SliceIdentifier.of(root + "." + (dot < 0 ? rest : rest.substring(0, dot)));
		}

		@Override
		public String getDescription() {
			return "the packages of " + root;
		}

		private static boolean within(String name, String pkg) {
			return name.equals(pkg) || name.startsWith(pkg + ".");
		}
	}
}
