package org.privacy.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.dsl.compiler.CompilationResult;
import org.privacy.dsl.compiler.GenerationMode;
import org.privacy.dsl.tests.PrivacyTestSupport;
import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Record;
import org.privacy.runtime.RecordPolicy;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;

/**
 * Policy parameters set from Spring configuration ({@code privacy.policies.<Policy>.parameters.<name>}): the policy
 * bean the auto-configuration registers uses them, and a misspelt name or a value of the wrong type stops the context,
 * naming the property. The policy is generated from rule text and compiled to class files, which Spring finds by
 * scanning, as in an application.
 */
class PolicyParametersTest {

	private static final String RULES = """
			package com.acme.calls

			policy CanalPlus "Telephone prospecting" time zone "Europe/Paris"

			parameter grace = 30 days

			entity Objection {
				id: text key
				madeAt: datetime
				honouredAt: datetime optional
			}

			rule OBJ-01 "An objection is honoured within the grace period"
				basis "Consumer Code art. L223-2"
				Objection requires honouredAt within grace after madeAt
			""";

	@TempDir
	static Path classes;
	@TempDir
	static Path sources;

	@BeforeAll
	static void compilePolicyToClassFiles() throws IOException {
		CompilationResult result = PrivacyTestSupport.withoutErrors(
				PrivacyTestSupport.compile(GenerationMode.RECORDS, RULES));
		List<String> files = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
				System.getProperty("java.class.path"), "-proc:none"));
		for (Map.Entry<String, String> source : result.sources().entrySet()) {
			Path file = sources.resolve(source.getKey().replace('.', '/') + ".java");
			Files.createDirectories(file.getParent());
			Files.writeString(file, source.getValue());
			files.add(file.toString());
		}
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		assertThat(javac.run(null, null, null, files.toArray(String[]::new))).as("javac exit code").isZero();
	}

	@Configuration
	@Import(PolicyBeans.class)
	static class Application {
	}

	/** A context as Spring Boot builds it, scanning the policy's package, with these properties. */
	private static AnnotationConfigApplicationContext context(Map<String, Object> properties) throws IOException {
		ClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				PolicyParametersTest.class.getClassLoader());
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.setClassLoader(loader);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
		Thread.currentThread().setContextClassLoader(loader);
		context.register(Application.class);
		return context;
	}

	private static Status outcome(AnnotationConfigApplicationContext context) {
		RecordPolicy policy = (RecordPolicy) context.getBean("com.acme.calls.CanalPlus");
		Map<String, Object> objection = Map.of("id", "o-1", "madeAt", "2024-03-01T10:00:00Z", "honouredAt",
				"2024-03-25T10:00:00Z");
		List<Finding> findings = new ArrayList<>();
		policy.check("Objection", Record.of(objection), Context.at(Instant.parse("2024-04-30T00:00:00Z")),
				findings::add);
		return findings.isEmpty() ? Status.ON_TIME : Status.LATE;
	}

	private enum Status {
		ON_TIME, LATE
	}

	@Test
	void withoutPropertiesTheRuleFilesDefaultsApply() throws IOException {
		ClassLoader before = Thread.currentThread().getContextClassLoader();
		try (AnnotationConfigApplicationContext context = context(Map.of("privacy.packages", "com.acme.calls"))) {
			context.refresh();
			assertThat(outcome(context)).isEqualTo(Status.ON_TIME);
		} finally {
			Thread.currentThread().setContextClassLoader(before);
		}
	}

	@Test
	void aParameterSetInTheConfigurationIsTheBeansValue() throws IOException {
		ClassLoader before = Thread.currentThread().getContextClassLoader();
		try (AnnotationConfigApplicationContext context = context(Map.of("privacy.packages", "com.acme.calls",
				"privacy.policies.CanalPlus.parameters.grace", "7 days"))) {
			context.refresh();
			assertThat(outcome(context)).isEqualTo(Status.LATE);
		} finally {
			Thread.currentThread().setContextClassLoader(before);
		}
	}

	@Test
	void aParameterMayBeWrittenInIso8601() throws IOException {
		ClassLoader before = Thread.currentThread().getContextClassLoader();
		try (AnnotationConfigApplicationContext context = context(Map.of("privacy.packages", "com.acme.calls",
				"privacy.policies.CanalPlus.parameters.grace", "P7D"))) {
			context.refresh();
			assertThat(outcome(context)).isEqualTo(Status.LATE);
		} finally {
			Thread.currentThread().setContextClassLoader(before);
		}
	}

	@Test
	void aMisspeltParameterStopsTheContextNamingTheProperty() throws IOException {
		ClassLoader before = Thread.currentThread().getContextClassLoader();
		try (AnnotationConfigApplicationContext context = context(Map.of("privacy.packages", "com.acme.calls",
				"privacy.policies.CanalPlus.parameters.gracePeriod", "7 days"))) {
			assertThatThrownBy(context::refresh).isInstanceOf(BeanCreationException.class)
					.rootCause().hasMessageContaining("privacy.policies.CanalPlus.parameters.gracePeriod")
					.hasMessageContaining("its parameters are grace");
		} finally {
			Thread.currentThread().setContextClassLoader(before);
		}
	}

	@Test
	void aValueOfTheWrongTypeStopsTheContextNamingTheParameter() throws IOException {
		ClassLoader before = Thread.currentThread().getContextClassLoader();
		try (AnnotationConfigApplicationContext context = context(Map.of("privacy.packages", "com.acme.calls",
				"privacy.policies.CanalPlus.parameters.grace", "a week"))) {
			assertThatThrownBy(context::refresh).isInstanceOf(BeanCreationException.class)
					.hasStackTraceContaining("privacy.policies.CanalPlus.parameters: parameter 'grace' should be");
		} finally {
			Thread.currentThread().setContextClassLoader(before);
		}
	}
}
