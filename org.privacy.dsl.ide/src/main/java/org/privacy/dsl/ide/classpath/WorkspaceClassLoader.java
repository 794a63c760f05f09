package org.privacy.dsl.ide.classpath;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader in which the editor looks up the Java classes that entities are bound to. It answers from the
 * language's own class path first and then from the application's compiled classes, which the language server sets
 * once it knows the workspace ({@link #setClasspath(List)}). Until then it behaves exactly like its parent.
 */
public final class WorkspaceClassLoader extends ClassLoader {

	static {
		registerAsParallelCapable();
	}

	private volatile URLClassLoader application;
	private volatile List<Path> entries = List.of();

	/** A loader that, until a class path is set, finds only what {@code parent} finds. */
	public WorkspaceClassLoader(ClassLoader parent) {
		super(parent);
	}

	/**
	 * Sets the folders and jars of the application's classes. Classes already looked up keep the definition they had:
	 * set the class path before the first build.
	 */
	public synchronized void setClasspath(List<Path> classpath) {
		List<URL> urls = new ArrayList<>();
		for (Path entry : classpath) {
			try {
				urls.add(toUrl(entry));
			} catch (MalformedURLException e) {
				throw new IllegalArgumentException("not a class path entry: " + entry, e);
			}
		}
		URLClassLoader previous = application;
		application = urls.isEmpty() ? null : new URLClassLoader(urls.toArray(URL[]::new), getParent());
		entries = List.copyOf(classpath);
		closeQuietly(previous);
	}

	/** The folders and jars set last, in search order. */
	public List<Path> getClasspath() {
		return entries;
	}

	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		URLClassLoader loader = application;
		if (loader == null) {
			throw new ClassNotFoundException(name);
		}
		return loader.loadClass(name);
	}

	@Override
	protected URL findResource(String name) {
		URLClassLoader loader = application;
		return loader == null ? null : loader.findResource(name);
	}

	@Override
	protected Enumeration<URL> findResources(String name) throws IOException {
		URLClassLoader loader = application;
		return loader == null ? Collections.emptyEnumeration() : loader.findResources(name);
	}

	/** A folder's URL must end with a slash, even before the folder exists, or it is taken for a jar. */
	private static URL toUrl(Path entry) throws MalformedURLException {
		String uri = entry.toAbsolutePath().toUri().toString();
		if (!uri.endsWith("/") && !entry.getFileName().toString().endsWith(".jar")) {
			uri += "/";
		}
		return new URL(uri);
	}

	private static void closeQuietly(URLClassLoader loader) {
		if (loader == null) {
			return;
		}
		try {
			loader.close();
		} catch (IOException e) {
			// the old jars stay open until the collector runs: harmless
		}
	}
}
