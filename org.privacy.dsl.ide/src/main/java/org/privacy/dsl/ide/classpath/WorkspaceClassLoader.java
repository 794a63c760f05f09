package org.privacy.dsl.ide.classpath;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * The class loader in which the editor looks up the Java classes that entities are bound to. It answers from the
 * language's own class path first and then from the application's compiled classes, which the language server sets
 * once it knows the workspace ({@link #setClasspath(List)}). Until then it behaves exactly like its parent.
 * <p>
 * The application's files are read through {@link ClasspathFiles}: no jar stays open, and no file over
 * {@link ClasspathFiles#MAX_FILE_BYTES} is read (such a class is taken as absent, and said once on standard error).
 */
public final class WorkspaceClassLoader extends ClassLoader {

	static {
		registerAsParallelCapable();
	}

	private volatile ClasspathFiles application = new ClasspathFiles(List.of());
	private volatile List<Path> entries = List.of();

	/** A loader that, until a class path is set, finds only what {@code parent} finds. */
	public WorkspaceClassLoader(ClassLoader parent) {
		super(parent);
	}

	/**
	 * Sets the folders and jars of the application's classes. Nothing is opened here: jars are listed on the first
	 * look-up. Classes already looked up keep the definition they had: set the class path before the first build.
	 */
	public synchronized void setClasspath(List<Path> classpath) {
		entries = List.copyOf(classpath);
		application = new ClasspathFiles(entries);
	}

	/** The folders and jars set last, in search order. */
	public List<Path> getClasspath() {
		return entries;
	}

	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		ClasspathFiles files = application;
		Optional<ClasspathFiles.Located> file = files.find(name.replace('.', '/') + ".class");
		if (file.isEmpty()) {
			throw new ClassNotFoundException(name);
		}
		try {
			byte[] bytes = files.read(file.get());
			return defineClass(name, bytes, 0, bytes.length);
		} catch (IOException e) {
			throw new ClassNotFoundException(name, e);
		}
	}

	/**
	 * The language's own resources as usual; the application's through {@link ClasspathFiles}, never read in full
	 * when over the limit. (The default opens the URL, which for a jar would cache the open jar.)
	 */
	@Override
	public InputStream getResourceAsStream(String name) {
		InputStream own = getParent().getResourceAsStream(name);
		if (own != null) {
			return own;
		}
		ClasspathFiles files = application;
		Optional<ClasspathFiles.Located> file = files.find(name);
		if (file.isEmpty()) {
			return null;
		}
		try {
			return new ByteArrayInputStream(files.read(file.get()));
		} catch (IOException e) {
			return null;
		}
	}

	@Override
	protected URL findResource(String name) {
		ClasspathFiles files = application;
		Optional<ClasspathFiles.Located> file = files.find(name);
		if (file.isEmpty() || !readable(files, file.get())) {
			return null;
		}
		return toUrl(files, file.get());
	}

	@Override
	protected Enumeration<URL> findResources(String name) {
		URL url = findResource(name);
		return url == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
	}

	/** A class file over the limit is absent: the binding validator then says that the class is not found. */
	private static boolean readable(ClasspathFiles files, ClasspathFiles.Located file) {
		if (!file.name().endsWith(".class")) {
			return true;
		}
		try {
			files.read(file);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** A URL that names the file as the JDK would, and that, opened, reads it through {@link ClasspathFiles}. */
	private static URL toUrl(ClasspathFiles files, ClasspathFiles.Located file) {
		String spec = file.inJar() ? "jar:" + file.entry().toUri() + "!/" + file.name()
				: file.entry().resolve(file.name()).toUri().toString();
		try {
			return new URL(null, spec, new URLStreamHandler() {
				@Override
				protected URLConnection openConnection(URL url) {
					return new URLConnection(url) {
						@Override
						public void connect() {
							connected = true;
						}

						@Override
						public InputStream getInputStream() throws IOException {
							return new ByteArrayInputStream(files.read(file));
						}
					};
				}
			});
		} catch (MalformedURLException e) {
			throw new IllegalStateException("cannot name " + file, e);
		}
	}
}
