package org.privacy.dsl.ide.server;

/** The command line of the language server: {@code [--port N] [--trace] [--help]}. */
record LaunchOptions(Integer port, boolean trace, boolean help) {

	static LaunchOptions parse(String... args) {
		Integer port = null;
		boolean trace = false;
		boolean help = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--port" -> {
					if (i + 1 >= args.length) {
						throw new IllegalArgumentException("--port needs a number");
					}
					port = parsePort(args[++i]);
				}
				case "--trace" -> trace = true;
				case "--help", "-h" -> help = true;
				// what VS Code's client adds to a stdio server's command line
				case "--stdio" -> port = null;
				default -> {
					if (args[i].startsWith("--port=")) {
						port = parsePort(args[i].substring("--port=".length()));
					} else if (!args[i].startsWith("--clientProcessId")) {
						throw new IllegalArgumentException("unknown option '" + args[i] + "'");
					}
				}
			}
		}
		return new LaunchOptions(port, trace, help);
	}

	private static int parsePort(String text) {
		try {
			int port = Integer.parseInt(text);
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
			}
			return port;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--port needs a number, not '" + text + "'");
		}
	}
}
