package org.privacy.dsl.model;

import java.util.Set;
import java.util.stream.Collectors;

import javax.lang.model.SourceVersion;

/** What Java accepts as names of the classes and packages that rule files name or generate. */
public final class JavaNames {
	private JavaNames() {
	}

	/** The packages of the Java platform's own modules (java.base, java.desktop...), where no other class can go. */
	private static final Set<String> PLATFORM_PACKAGES = ModuleLayer.boot().modules().stream()
			.filter(m -> m.getDescriptor() != null && isPlatform(m.getName()))
			.flatMap(m -> m.getPackages().stream()).collect(Collectors.toUnmodifiableSet());

	private static boolean isPlatform(String module) {
		return module.startsWith("java.") || module.startsWith("jdk.");
	}

	/** Whether {@code name} is a Java qualified name ({@code com.acme.Subscriber}, {@code Outer$Inner}): no keyword. */
	public static boolean isQualifiedName(String name) {
		return !name.isEmpty() && SourceVersion.isName(name);
	}

	/**
	 * Why a package cannot hold generated classes, as the start of a message, or {@code null} when it can: the virtual machine refuses any class
	 * in {@code java} or under it ("prohibited package name"), and a package of a platform module cannot be split.
	 */
	public static String platformPackage(String packageName) {
		if (packageName.equals("java") || packageName.startsWith("java.")) {
			return "the Java platform reserves 'java' and the packages under it: no validator can be loaded there";
		}
		if (PLATFORM_PACKAGES.contains(packageName)) {
			return "this package belongs to a module of the Java platform: no validator can be loaded in it";
		}
		return null;
	}
}
