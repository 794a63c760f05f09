package org.privacy.dsl.ide.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded server jar, started as a process the way an editor starts it, answers over standard input and output
 * (and over a loopback socket with {@code --port}). Each test stops the process whatever happens.
 */
@Tag("slow") // the real server jar; -Dprivacy.fast leaves it out
class ServerJarEndToEndTest {

	private static final long WAIT_SECONDS = 60;

	@TempDir
	Path workspace;

	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void publishesDiagnosticsWithIssueCodesOverStdio() throws Exception {
		Path file = workspace.resolve("rules.privacy");
		String text = "entity Incident { id: text key  personalData: boolean }\n"
				+ "rule BRC-01 \"Breaches are notified\"\n\tbasis \"GDPR art. 33(1)\"\n\tIncident requires personalDta\n";
		Files.writeString(file, text);
		Process process = start(ProcessBuilder.Redirect.to(workspace.resolve("server.log").toFile()));
		try {
			DiagnosticsClient client = new DiagnosticsClient(file.toUri().toString());
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
					process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();

			InitializeResult result = initialize(server);
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
					new TextDocumentItem(file.toUri().toString(), "privacy", 1, text)));
			PublishDiagnosticsParams diagnostics = client.diagnostics.get(WAIT_SECONDS, TimeUnit.SECONDS);

			assertThat(result.getCapabilities().getInlayHintProvider().getLeft()).isTrue();
			assertThat(diagnostics.getDiagnostics()).extracting(d -> d.getCode().getLeft())
					.containsExactly("privacy.unknown-name");
			server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
			server.exit();
			assertThat(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("the server stops after exit").isTrue();
			assertThat(process.exitValue()).isZero();
		} finally {
			process.destroyForcibly();
		}
	}

	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void answersOverALoopbackSocket() throws Exception {
		Process process = start(ProcessBuilder.Redirect.PIPE, "--port", "0");
		try {
			int port = announcedPort(process.getErrorStream());
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
				Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new DiagnosticsClient(""),
						socket.getInputStream(), socket.getOutputStream());
				launcher.startListening();
				LanguageServer server = launcher.getRemoteProxy();

				InitializeResult result = initialize(server);

				assertThat(result.getCapabilities().getHoverProvider().getLeft()).isTrue();
				server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
			}
		} finally {
			process.destroyForcibly();
		}
	}

	private InitializeResult initialize(LanguageServer server) throws Exception {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setCapabilities(new ClientCapabilities());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
		InitializeResult result = server.initialize(params).get(WAIT_SECONDS, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		return result;
	}

	private static Process start(ProcessBuilder.Redirect stderr, String... options) throws IOException {
		Path jar = Path.of(System.getProperty("privacy.repoRoot", ".."))
				.resolve("org.privacy.dsl.ide/target/privacy-language-server.jar").toAbsolutePath().normalize();
		assertThat(jar).as("the server jar (built by 'mvn package' of org.privacy.dsl.ide)").exists();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", jar.toString()));
		command.addAll(List.of(options));
		return new ProcessBuilder(command).redirectError(stderr).start();
	}

	/** Reads the server's standard error until it says where it listens. */
	private static int announcedPort(InputStream stderr) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8));
		Pattern listening = Pattern.compile("listening on .*:(\\d+)");
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			Matcher m = listening.matcher(line);
			if (m.find()) {
				return Integer.parseInt(m.group(1));
			}
		}
		throw new AssertionError("the server did not say where it listens");
	}

	/** A client that keeps the first non-empty diagnostics published for one document. */
	private static final class DiagnosticsClient implements LanguageClient {
		final CompletableFuture<PublishDiagnosticsParams> diagnostics = new CompletableFuture<>();
		private final String uri;

		DiagnosticsClient(String uri) {
			this.uri = uri;
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			if (sameFile(params.getUri()) && !params.getDiagnostics().isEmpty()) {
				diagnostics.complete(params);
			}
		}

		private boolean sameFile(String other) {
			return Path.of(java.net.URI.create(other)).equals(Path.of(java.net.URI.create(uri)));
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
