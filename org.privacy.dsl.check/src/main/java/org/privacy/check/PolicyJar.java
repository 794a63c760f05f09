package org.privacy.check;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.privacy.runtime.Parameters;
import org.privacy.runtime.RecordPolicy;

/**
 * The record policies of a jar of compiled validators (built by {@code privacy compile} and {@code javac}, or by the
 * Maven plugin): every public class of the jar that implements {@link RecordPolicy}, created with the deployment's
 * parameters. The jar's classes see the runtime this engine runs with.
 */
final class PolicyJar {
	private PolicyJar() {
	}

	static List<RecordPolicy> load(Path jar, Map<String, String> parameters) {
		if (!Files.isRegularFile(jar)) {
			throw new CheckException("no such policy jar: " + jar);
		}
		List<String> classNames = new ArrayList<>();
		try (JarFile file = new JarFile(jar.toFile())) {
			for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
				String name = entries.nextElement().getName();
				if (name.endsWith(".class") && !name.contains("$") && !name.endsWith("module-info.class")) {
					classNames.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
				}
			}
		} catch (IOException e) {
			throw new CheckException("cannot read the policy jar " + jar + ": " + FileProblems.describe(e));
		}
		URL url;
		try {
			url = jar.toUri().toURL();
		} catch (IOException e) {
			throw new CheckException("cannot read the policy jar " + jar + ": " + FileProblems.describe(e));
		}
		// not closed: the policies' classes load lazily, for as long as the policies live
		ClassLoader classes = new URLClassLoader(new URL[] { url }, RecordPolicy.class.getClassLoader());
		Parameters values = Parameters.of(parameters);
		List<RecordPolicy> policies = new ArrayList<>();
		for (String className : new TreeSet<>(classNames)) {
			Class<?> type;
			try {
				type = Class.forName(className, false, classes);
			} catch (ClassNotFoundException | LinkageError e) {
				continue; // not a class this runtime can load: not a policy of ours
			}
			if (RecordPolicy.class.isAssignableFrom(type) && Modifier.isPublic(type.getModifiers())
					&& !Modifier.isAbstract(type.getModifiers())) {
				policies.add(create(type, values));
			}
		}
		if (policies.isEmpty()) {
			throw new CheckException("the jar " + jar + " holds no record policy (a class generated in records mode)");
		}
		return policies;
	}

	private static RecordPolicy create(Class<?> type, Parameters parameters) {
		try {
			return (RecordPolicy) type.getConstructor(Parameters.class).newInstance(parameters);
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof IllegalArgumentException invalidParameter) {
				throw new CheckException(invalidParameter.getMessage());
			}
			throw new IllegalStateException("the policy " + type.getName() + " cannot be created: " + e.getCause(),
					e.getCause());
		} catch (ReflectiveOperationException e) {
			throw new CheckException("the class " + type.getName() + " is no generated policy (no public constructor "
					+ "taking Parameters)");
		}
	}
}
