package org.privacy.dsl.ide.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A client that starts the shaded language server jar as a process and speaks to it in raw bytes, so that it can send
 * what no well-behaved client library would: broken framing, bodies that are not JSON, messages that are not
 * JSON-RPC. What comes back on standard output is read strictly: every byte must belong to a well-framed JSON-RPC
 * message (anything else, such as a stack trace, fails the test). Standard error goes to a file.
 */
final class ScriptedClient implements AutoCloseable {

	static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

	private final Process process;
	private final OutputStream toServer;
	private final Path stderr;
	private final List<JsonObject> received = new ArrayList<>();
	private final List<String> protocolViolations = new ArrayList<>();
	private final AtomicInteger nextId = new AtomicInteger(1);
	private final Thread reader;

	private ScriptedClient(Process process, Path stderr) {
		this.process = process;
		this.toServer = process.getOutputStream();
		this.stderr = stderr;
		this.reader = new Thread(() -> readFrames(process.getInputStream()), "scripted-client-reader");
		reader.setDaemon(true);
		reader.start();
	}

	/** Starts {@code java -jar privacy-language-server.jar}, its standard error written to a file in {@code folder}. */
	static ScriptedClient start(Path folder, String... jvmOptions) throws IOException {
		Path jar = Path.of(System.getProperty("privacy.repoRoot", ".."))
				.resolve("org.privacy.dsl.ide/target/privacy-language-server.jar").toAbsolutePath().normalize();
		assertThat(jar).as("the server jar (built by 'mvn package' of org.privacy.dsl.ide)").exists();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(jvmOptions));
		command.addAll(List.of("-jar", jar.toString()));
		Path stderr = Files.createTempFile(folder, "server-", ".stderr");
		Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
		return new ScriptedClient(process, stderr);
	}

	// ---- sending

	/** Sends bytes as they are, framing included (or not). The reader thread answers the server's requests. */
	synchronized void sendRaw(byte[] bytes) {
		try {
			toServer.write(bytes);
			toServer.flush();
		} catch (IOException e) {
			throw new AssertionError("the server no longer reads its input; stderr:\n" + stderrTail(), e);
		}
	}

	void sendRaw(String text) {
		sendRaw(text.getBytes(StandardCharsets.UTF_8));
	}

	/** Sends {@code body} framed with its correct Content-Length. */
	void sendFramed(String body) {
		sendRaw(frame(body));
	}

	static String frame(String body) {
		return "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
	}

	/** Sends a request and returns its id. */
	int request(String method, JsonElement params) {
		int id = nextId.getAndIncrement();
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("id", id);
		message.addProperty("method", method);
		if (params != null) {
			message.add("params", params);
		}
		sendFramed(message.toString());
		return id;
	}

	void notify(String method, JsonElement params) {
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", method);
		if (params != null) {
			message.add("params", params);
		}
		sendFramed(message.toString());
	}

	/** Sends a request and waits for its response. */
	JsonObject call(String method, JsonElement params) {
		return awaitResponse(request(method, params));
	}

	int freshId() {
		return nextId.getAndIncrement();
	}

	// ---- receiving

	/** The response to request {@code id}, waited for. */
	JsonObject awaitResponse(int id) {
		return awaitResponse(id, ANSWER_TIMEOUT);
	}

	/** The response to request {@code id}, waited for at most {@code timeout}. */
	JsonObject awaitResponse(int id, Duration timeout) {
		return await(timeout, m -> !m.has("method") && m.has("id") && m.get("id").isJsonPrimitive()
				&& m.get("id").getAsJsonPrimitive().isNumber() && m.get("id").getAsInt() == id,
				"the response to request " + id);
	}

	/** The first message received (now or later) that {@code test} accepts. */
	JsonObject await(Predicate<JsonObject> test, String what) {
		return await(ANSWER_TIMEOUT, test, what);
	}

	JsonObject await(Duration timeout, Predicate<JsonObject> test, String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (received) {
			while (true) {
				for (JsonObject message : received) {
					if (test.test(message)) {
						return message;
					}
				}
				long left = deadline - System.nanoTime();
				if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
					throw new AssertionError("no " + what + " (server alive: " + process.isAlive() + ")\nstderr:\n"
							+ stderrTail());
				}
				try {
					received.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted while waiting for " + what);
				}
			}
		}
	}

	/** Every message received so far that {@code test} accepts. */
	List<JsonObject> receivedMatching(Predicate<JsonObject> test) {
		synchronized (received) {
			return received.stream().filter(test).toList();
		}
	}

	/** Waits for diagnostics of {@code uri} that {@code test} accepts, and returns them. */
	JsonArray awaitDiagnostics(String uri, Predicate<JsonArray> test, String what) {
		return awaitDiagnostics(ANSWER_TIMEOUT, uri, test, what);
	}

	/** As {@link #awaitDiagnostics(String, Predicate, String)}, waiting at most {@code timeout}. */
	JsonArray awaitDiagnostics(Duration timeout, String uri, Predicate<JsonArray> test, String what) {
		JsonObject message = await(timeout, m -> isDiagnosticsOf(m, uri)
				&& test.test(m.getAsJsonObject("params").getAsJsonArray("diagnostics")), what);
		return message.getAsJsonObject("params").getAsJsonArray("diagnostics");
	}

	/** The diagnostics of {@code uri} published last so far. */
	JsonArray lastDiagnostics(String uri) {
		List<JsonObject> published = receivedMatching(m -> isDiagnosticsOf(m, uri));
		assertThat(published).as("diagnostics published for " + uri).isNotEmpty();
		return published.get(published.size() - 1).getAsJsonObject("params").getAsJsonArray("diagnostics");
	}

	private static boolean isDiagnosticsOf(JsonObject message, String uri) {
		return "textDocument/publishDiagnostics".equals(stringOrNull(message.get("method")))
				&& uri.equals(stringOrNull(message.getAsJsonObject("params").get("uri")));
	}

	static String stringOrNull(JsonElement element) {
		return element == null || element.isJsonNull() ? null : element.getAsString();
	}

	/** Problems found in the bytes of standard output: anything that is not a framed JSON-RPC message. */
	List<String> protocolViolations() {
		synchronized (received) {
			return List.copyOf(protocolViolations);
		}
	}

	private void readFrames(InputStream in) {
		try {
			while (true) {
				Integer length = readHeaders(in);
				if (length == null) {
					return;
				}
				byte[] body = in.readNBytes(length);
				if (body.length < length) {
					violation("standard output ended inside a message");
					return;
				}
				String text = new String(body, StandardCharsets.UTF_8);
				try {
					JsonObject message = JsonParser.parseString(text).getAsJsonObject();
					if (!message.has("jsonrpc")) {
						violation("not JSON-RPC: " + text);
					}
					answerServerRequest(message);
					synchronized (received) {
						received.add(message);
						received.notifyAll();
					}
				} catch (RuntimeException e) {
					violation("a body that is not a JSON object: " + text);
				}
			}
		} catch (IOException e) {
			violation("cannot read standard output: " + e);
		} finally {
			synchronized (received) {
				received.notifyAll();
			}
		}
	}

	/** Reads header lines up to the empty line; null at the end of the stream. */
	private Integer readHeaders(InputStream in) throws IOException {
		Integer length = null;
		while (true) {
			String line = readLine(in);
			if (line == null) {
				return null;
			}
			if (line.isEmpty()) {
				if (length == null) {
					violation("a message without Content-Length");
					return null;
				}
				return length;
			}
			if (line.startsWith("Content-Length: ")) {
				length = Integer.valueOf(line.substring("Content-Length: ".length()));
			} else if (!line.startsWith("Content-Type: ")) {
				violation("not a header: " + line);
				return null;
			}
		}
	}

	private String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			int c = in.read();
			if (c < 0) {
				if (line.size() > 0) {
					violation("standard output ended inside a header: " + line);
				}
				return null;
			}
			if (c == '\n') {
				String text = line.toString(StandardCharsets.US_ASCII);
				if (!text.endsWith("\r")) {
					violation("a header line not ended by CRLF: " + text);
				}
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			line.write(c);
		}
	}

	private void violation(String what) {
		synchronized (received) {
			protocolViolations.add(what);
		}
	}

	/** Requests from the server (registrations, configuration) get an empty answer, as a minimal editor gives. */
	private void answerServerRequest(JsonObject message) {
		if (message.has("method") && message.has("id")) {
			JsonObject response = new JsonObject();
			response.addProperty("jsonrpc", "2.0");
			response.add("id", message.get("id"));
			response.add("result", JsonNull.INSTANCE);
			sendFramed(response.toString());
		}
	}

	// ---- the protocol's life cycle

	/** {@code initialize} with {@code workspace} as the only folder, then {@code initialized}. */
	JsonObject initialize(Path workspace) {
		JsonObject params = new JsonObject();
		params.addProperty("processId", ProcessHandle.current().pid());
		params.add("capabilities", new JsonObject());
		JsonObject folder = new JsonObject();
		folder.addProperty("uri", workspace.toUri().toString());
		folder.addProperty("name", "workspace");
		JsonArray folders = new JsonArray();
		folders.add(folder);
		params.add("workspaceFolders", folders);
		JsonObject response = call("initialize", params);
		assertThat(response.has("result")).as("initialize answered: %s", response).isTrue();
		notify("initialized", new JsonObject());
		return response;
	}

	void didOpen(String uri, String text) {
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		document.addProperty("languageId", "privacy");
		document.addProperty("version", 1);
		document.addProperty("text", text);
		JsonObject params = new JsonObject();
		params.add("textDocument", document);
		notify("textDocument/didOpen", params);
	}

	/** Replaces the whole text of an open document: a {@code didChange} without a range. */
	void didChangeAll(String uri, int version, String text) {
		didChange(uri, version, null, text);
	}

	/** One {@code didChange} of {@code range} ({@code start} and {@code end} positions), or of the whole text if null. */
	void didChange(String uri, int version, JsonObject range, String text) {
		JsonObject document = textDocument(uri);
		document.addProperty("version", version);
		JsonObject change = new JsonObject();
		if (range != null) {
			change.add("range", range);
		}
		change.addProperty("text", text);
		JsonArray changes = new JsonArray();
		changes.add(change);
		JsonObject params = new JsonObject();
		params.add("textDocument", document);
		params.add("contentChanges", changes);
		notify("textDocument/didChange", params);
	}

	/** {@code shutdown} then {@code exit}; returns the exit code of the process. */
	int shutdownAndExit() throws InterruptedException {
		JsonObject response = call("shutdown", null);
		assertThat(response.has("error")).as("shutdown answered without error: %s", response).isFalse();
		notify("exit", null);
		return exitCode();
	}

	/** Waits for the process to end and returns its exit code. */
	int exitCode() throws InterruptedException {
		assertThat(process.waitFor(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the server process ends")
				.isTrue();
		return process.exitValue();
	}

	/** Closes the server's standard input, as an editor that dies does. */
	void closeInput() throws IOException {
		toServer.close();
	}

	String stderrTail() {
		try {
			String all = Files.readString(stderr, StandardCharsets.UTF_8);
			return all.length() <= 4000 ? all : all.substring(all.length() - 4000);
		} catch (IOException e) {
			return "(cannot read " + stderr + ": " + e + ")";
		}
	}

	String stderr() throws IOException {
		return Files.readString(stderr, StandardCharsets.UTF_8);
	}

	// ---- parameters

	static JsonObject textDocumentPosition(String uri, int line, int character) {
		JsonObject params = new JsonObject();
		params.add("textDocument", textDocument(uri));
		params.add("position", position(line, character));
		return params;
	}

	static JsonObject textDocument(String uri) {
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		return document;
	}

	static JsonObject position(int line, int character) {
		JsonObject position = new JsonObject();
		position.addProperty("line", line);
		position.addProperty("character", character);
		return position;
	}

	/** Kills the process if it is still running. */
	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroyForcibly();
			try {
				process.waitFor(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
