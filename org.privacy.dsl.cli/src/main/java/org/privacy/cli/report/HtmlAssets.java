package org.privacy.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The style sheet and script inlined in every HTML report, and the Content-Security-Policy that lets exactly these
 * two run: nothing is fetched, and no other script or style, injected or not, is applied.
 */
public final class HtmlAssets {
	public static final String STYLE = resource("html-report.css");
	public static final String SCRIPT = resource("html-report.js");
	public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
			+ "'; script-src '" + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

	private HtmlAssets() {
	}

	private static String resource(String name) {
		try (InputStream stream = HtmlAssets.class.getResourceAsStream(name)) {
			if (stream == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The CSP source that allows exactly {@code text} as an inline style or script. */
	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return "sha256-" + Base64.getEncoder().encodeToString(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
		}
	}
}
