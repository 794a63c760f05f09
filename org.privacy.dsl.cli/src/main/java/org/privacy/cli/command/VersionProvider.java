package org.privacy.cli.command;

import picocli.CommandLine.IVersionProvider;

/** {@code privacy --version}: the version written in the jar's manifest by the build. */
public final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = VersionProvider.class.getPackage().getImplementationVersion();
		return new String[] { "privacy " + (version == null ? "(development build)" : version),
				"Java " + System.getProperty("java.version") };
	}
}
