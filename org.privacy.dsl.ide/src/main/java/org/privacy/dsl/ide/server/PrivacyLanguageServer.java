package org.privacy.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * Starts the privacy rules language server. With no argument it speaks the Language Server Protocol over standard
 * input and output; with {@code --port N} it listens on the loopback address at port N and serves one client after
 * the other. Log lines go to standard error, never to standard output, which carries the protocol.
 */
public final class PrivacyLanguageServer {

	private static final String USAGE = "usage: java -jar privacy-language-server.jar [--port N] [--trace]\n"
			+ "  (no option)  speak LSP over standard input and output\n"
			+ "  --port N     listen on 127.0.0.1:N (0 picks a free port, printed on standard error)\n"
			+ "  --trace      copy every protocol message to standard error";

	private PrivacyLanguageServer() {
	}

	/** Runs the server until the client exits (stdio) or forever (socket). */
	public static void main(String[] args) throws Exception {
		// stdout belongs to the protocol: anything else that prints goes to stderr from now on
		PrintStream protocolOut = System.out;
		System.setOut(System.err);
		StderrLogging.install();
		LaunchOptions options;
		try {
			options = LaunchOptions.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
		}
		if (options.help()) {
			System.err.println(USAGE);
			return;
		}
		if (options.port() == null) {
			serveStdio(System.in, protocolOut, options);
		} else {
			serveSocket(options);
		}
	}

	private static void serveStdio(InputStream in, OutputStream out, LaunchOptions options)
			throws InterruptedException, ExecutionException {
		Injector injector = Guice.createInjector(new PrivacyServerModule());
		Future<Void> listening = connect(injector.getInstance(LanguageServerImpl.class), in, out, options);
		listening.get();
		// the client closed the stream without 'exit': the server's worker threads must not keep the process alive
		System.exit(0);
	}

	private static void serveSocket(LaunchOptions options) throws IOException {
		// one injector for the process, as EMF's registries are global; a fresh server for each client, whose exit
		// ends only its own session
		Injector injector = Guice.createInjector(Modules.override(new PrivacyServerModule())
				.with(binder -> binder.bind(ILanguageServerShutdownAndExitHandler.class)
						.to(ILanguageServerShutdownAndExitHandler.NullImpl.class)));
		try (ServerSocket server = new ServerSocket()) {
			server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()));
			System.err.println("privacy language server listening on " + server.getLocalSocketAddress());
			while (true) {
				try (Socket client = server.accept()) {
					connect(injector.getInstance(LanguageServerImpl.class), client.getInputStream(),
							client.getOutputStream(), options).get();
				} catch (ExecutionException e) {
					System.err.println("client session ended: " + e.getCause());
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private static Future<Void> connect(LanguageServerImpl server, InputStream in, OutputStream out,
			LaunchOptions options) {
		return ProtocolConnection.create(server, in, out, options.trace()).startListening();
	}
}
