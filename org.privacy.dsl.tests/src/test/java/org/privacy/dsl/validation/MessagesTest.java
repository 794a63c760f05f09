package org.privacy.dsl.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.naming.NameKeywords.Place;
import org.privacy.dsl.privacy.AggregateFunction;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.typing.PrivacyType;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every sentence of the diagnostics is written in {@link Messages}: the validators and the linking and syntax message
 * providers report its {@link Message}s and build none of their own; each message method names, beside it, the
 * issue code it returns; and each sentence keeps the style of STYLE.md whatever its arguments.
 */
class MessagesTest {

	private static final Path SOURCE = Path.of(
			"../org.privacy.dsl/src/main/java/org/privacy/dsl/validation/Messages.java");

	private static final Set<String> REPORTING = Set.of("error", "warning", "info", "acceptError", "acceptWarning",
			"acceptInfo");

	/** A call of Xtext's reporting methods that takes the sentence as a string, which only ConcernValidator makes. */
	private static final DescribedPredicate<JavaCall<?>> REPORTS_A_STRING = DescribedPredicate.describe(
			"report a diagnostic with a sentence of its own (a String) instead of a Message of Messages",
			call -> REPORTING.contains(call.getName()) && !call.getTarget().getRawParameterTypes().isEmpty()
					&& call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(String.class)
					&& (call.getTargetOwner().isAssignableTo(AbstractDeclarativeValidator.class)
							|| call.getTargetOwner().isAssignableTo(ValidationMessageAcceptor.class)));

	private static final ArchRule VALIDATORS_REPORT_MESSAGES = noClasses().that()
			.resideInAnyPackage("org.privacy.dsl.validation..", "org.privacy.dsl.linking..").and()
			.doNotHaveFullyQualifiedName(ConcernValidator.class.getName()).should().callCodeUnitWhere(REPORTS_A_STRING)
			.because("every sentence of a diagnostic is written in Messages");

	private static final ArchRule ONLY_MESSAGES_WRITES_MESSAGES = noClasses().that()
			.doNotHaveFullyQualifiedName(Messages.class.getName()).should()
			.callConstructor(Message.class, String.class, String.class)
			.because("every sentence of a diagnostic is written in Messages");

	@Test
	void validatorsAndMessageProvidersReportOnlyMessagesOfMessages() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.privacy.dsl", "org.privacy.cli");
		assertThat(classes.stream().map(c -> c.getName()))
				.contains(Messages.class.getName(), NAMING_VALIDATOR, SYNTAX_PROVIDER);
		VALIDATORS_REPORT_MESSAGES.check(classes);
		ONLY_MESSAGES_WRITES_MESSAGES.check(classes);
	}

	private static final String NAMING_VALIDATOR = "org.privacy.dsl.validation.NamingValidator";
	private static final String SYNTAX_PROVIDER = "org.privacy.dsl.linking.PrivacySyntaxErrorMessageProvider";

	/** The rules above find a validator that writes its own sentence, and a class that makes its own Message. */
	@Test
	void aSentenceWrittenElsewhereIsFound() {
		JavaClasses fixture = new ClassFileImporter().importClasses(OwnSentenceValidator.class);
		assertThatThrownBy(() -> noClasses().should().callCodeUnitWhere(REPORTS_A_STRING).check(fixture))
				.isInstanceOf(AssertionError.class).hasMessageContaining("OwnSentenceValidator");
		assertThatThrownBy(() -> ONLY_MESSAGES_WRITES_MESSAGES.check(fixture)).isInstanceOf(AssertionError.class)
				.hasMessageContaining("OwnSentenceValidator");
	}

	/** A validator as it must not be written. */
	static class OwnSentenceValidator extends ConcernValidator {
		void check(EObject object) {
			error("a sentence of its own", object, null, IssueCodes.SYNTAX);
			error(new Message(IssueCodes.SYNTAX, "another one"), object, null);
		}
	}

	/** Each message method's Javadoc links the code it returns: a reviewer sees the code beside the sentence. */
	@Test
	void eachMessageNamesItsCodeBesideIt() throws Exception {
		Map<String, String> documented = documentedCodes();
		List<Method> methods = messageMethods();
		assertThat(documented.keySet()).as("message methods with a Javadoc link to their code")
				.containsExactlyInAnyOrderElementsOf(methods.stream().map(Method::getName).toList());
		for (Method method : methods) {
			String constant = documented.get(method.getName());
			String code = (String) IssueCodes.class.getField(constant).get(null);
			assertThat(invoke(method).code()).as(method.getName() + " returns the code its Javadoc names")
					.isEqualTo(code);
		}
	}

	@Test
	void everySentenceKeepsTheStyle() throws Exception {
		List<String> problems = new ArrayList<>();
		for (Method method : messageMethods()) {
			Message message = invoke(method);
			String text = message.text();
			if (!IssueCodes.all().contains(message.code())) {
				problems.add(method.getName() + ": unknown code " + message.code());
			}
			if (text.isBlank() || text.contains("\n") || Character.isUpperCase(text.codePointAt(0))
					|| text.endsWith(".")) {
				problems.add(method.getName() + ": not one line, lower case, without a final period: " + text);
			}
		}
		assertThat(problems).isEmpty();
	}

	/** The public static methods of Messages that return a whole message (not a part of one). */
	private static List<Method> messageMethods() {
		List<Method> methods = new ArrayList<>();
		for (Method m : Messages.class.getDeclaredMethods()) {
			if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
					&& m.getReturnType() == Message.class) {
				methods.add(m);
			}
		}
		assertThat(methods).hasSizeGreaterThan(100);
		return methods;
	}

	/** Method name to the {@code IssueCodes} constant its Javadoc links first. */
	private static Map<String, String> documentedCodes() throws IOException {
		Pattern method = Pattern.compile("^\\s*public static Message (\\w+)\\(");
		Pattern link = Pattern.compile("\\{@link IssueCodes#(\\w+)\\}");
		Map<String, String> codes = new LinkedHashMap<>();
		StringBuilder javadoc = new StringBuilder();
		for (String line : Files.readAllLines(SOURCE)) {
			if (line.strip().startsWith("/**")) {
				javadoc.setLength(0);
			}
			javadoc.append(line).append('\n');
			Matcher m = method.matcher(line);
			if (m.find()) {
				Matcher l = link.matcher(javadoc);
				if (l.find()) {
					codes.put(m.group(1), l.group(1));
				}
				javadoc.setLength(0);
			} else if (!line.strip().startsWith("*") && !line.strip().startsWith("/**")) {
				javadoc.setLength(0);
			}
		}
		return codes;
	}

	/** Calls a message method with ordinary arguments of its parameter types. */
	private static Message invoke(Method method) throws Exception {
		Class<?>[] types = method.getParameterTypes();
		Object[] args = new Object[types.length];
		for (int i = 0; i < types.length; i++) {
			args[i] = sample(types[i]);
		}
		return (Message) method.invoke(null, args);
	}

	private static Object sample(Class<?> type) {
		if (type == String.class) {
			return "name";
		}
		if (type == PrivacyType.class) {
			return PrivacyType.TEXT;
		}
		if (type == boolean.class) {
			return true;
		}
		if (type == int.class) {
			return 3;
		}
		if (type == long.class) {
			return 3L;
		}
		if (type == char.class) {
			return '\u202E';
		}
		if (type == List.class) {
			return List.of("a", "b", "a");
		}
		if (type == EClass.class) {
			return PrivacyPackage.Literals.FIELD;
		}
		if (type == AggregateFunction.class) {
			return AggregateFunction.SUM;
		}
		if (type == Place.class) {
			return Place.FIRST;
		}
		throw new AssertionError("no sample value of " + type + ": add one");
	}
}
