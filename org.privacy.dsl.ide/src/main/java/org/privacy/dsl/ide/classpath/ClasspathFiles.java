package org.privacy.dsl.ide.classpath;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of the application's class path (folders and jars), read without holding jars open and without reading
 * more than {@link #MAX_FILE_BYTES} of any one file. A workspace may have 1,500 jars in {@code target/dependency}: a
 * {@code URLClassLoader} keeps every jar it has searched open (one file descriptor each, until the process runs out of
 * them and requests go unanswered), and reads a class file whatever its size (a zip bomb of a few kilobytes inflated
 * to gigabytes). Here each jar is opened once, on the first look-up, to note the hash of each of its file names (four
 * bytes a file), and closed. A file is then looked for only in the jars whose notes have its hash, and read by opening
 * that jar, reading at most the limit, and closing it again: at most one jar per reading thread is open at any time.
 */
final class ClasspathFiles {

	/**
	 * The largest class file read. Real class files are kilobytes; the biggest generated ones a few hundred; the class
	 * file format's own limits (65,535 constants, methods of 64 KB) keep a sane one well under this.
	 */
	static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

	private static final Logger LOG = Logger.getLogger(ClasspathFiles.class.getName());

	private final List<Path> entries;
	/** For each jar, the sorted hash codes of its file names. */
	private volatile Map<Path, int[]> namesByJar;
	/** Files refused (too large, unreadable), said once on standard error each. */
	private final Set<String> refused = ConcurrentHashMap.newKeySet();

	ClasspathFiles(List<Path> entries) {
		this.entries = List.copyOf(entries);
	}

	/** Where the file {@code name} ({@code com/acme/Ticket.class}) is found first, if anywhere. */
	Optional<Located> find(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("..")) {
			return Optional.empty();
		}
		for (Path entry : entries) {
			if (!isJar(entry)) {
				Path file = entry.resolve(name);
				if (Files.isRegularFile(file)) {
					return Optional.of(new Located(entry, name, false));
				}
			} else if (mayHave(entry, name) && jarHas(entry, name)) {
				return Optional.of(new Located(entry, name, true));
			}
		}
		return Optional.empty();
	}

	/** The bytes of a file found by {@link #find(String)}; an {@link IOException} if it is over the limit. */
	byte[] read(Located file) throws IOException {
		if (!file.inJar()) {
			Path path = file.entry().resolve(file.name());
			if (Files.size(path) > MAX_FILE_BYTES) {
				throw refuse(file, "is " + Files.size(path) + " bytes");
			}
			try (InputStream in = Files.newInputStream(path)) {
				return readBounded(in, file);
			}
		}
		try (ZipFile jar = new ZipFile(file.entry().toFile())) {
			ZipEntry entry = jar.getEntry(file.name());
			if (entry == null) {
				throw new IOException(file + " is no longer there");
			}
			if (entry.getSize() > MAX_FILE_BYTES) {
				throw refuse(file, "says it inflates to " + entry.getSize() + " bytes");
			}
			try (InputStream in = jar.getInputStream(entry)) {
				// the size a jar declares can lie: count what is actually inflated
				return readBounded(in, file);
			}
		}
	}

	private byte[] readBounded(InputStream in, Located file) throws IOException {
		byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
		if (bytes.length > MAX_FILE_BYTES) {
			throw refuse(file, "inflates to more than " + MAX_FILE_BYTES + " bytes");
		}
		return bytes;
	}

	private IOException refuse(Located file, String why) {
		String message = file + " " + why + ", over the limit of " + MAX_FILE_BYTES + " bytes for a class file: "
				+ "it is not read";
		if (refused.add(file.toString())) {
			LOG.warning(message);
		}
		return new IOException(message);
	}

	private static boolean jarHas(Path jar, String name) {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.getEntry(name) != null;
		} catch (IOException e) {
			return false;
		}
	}

	private boolean mayHave(Path jar, String name) {
		Map<Path, int[]> index = namesByJar;
		if (index == null) {
			index = indexJars();
		}
		int[] hashes = index.get(jar);
		return hashes != null && Arrays.binarySearch(hashes, name.hashCode()) >= 0;
	}

	/** Notes the names of every jar once, closing each jar before the next is opened. */
	private synchronized Map<Path, int[]> indexJars() {
		if (namesByJar != null) {
			return namesByJar;
		}
		Map<Path, int[]> index = new HashMap<>();
		for (Path entry : entries) {
			// only regular files: opening a named pipe called x.jar would wait for a writer forever
			if (!isJar(entry) || !Files.isRegularFile(entry)) {
				continue;
			}
			try (ZipFile jar = new ZipFile(entry.toFile())) {
				int[] hashes = new int[jar.size()];
				int count = 0;
				Enumeration<? extends ZipEntry> files = jar.entries();
				while (files.hasMoreElements() && count < hashes.length) {
					hashes[count++] = files.nextElement().getName().hashCode();
				}
				int[] sorted = Arrays.copyOf(hashes, count);
				Arrays.sort(sorted);
				index.put(entry, sorted);
			} catch (IOException | RuntimeException e) {
				if (refused.add(entry.toString())) {
					LOG.warning("class path entry " + entry + " cannot be read as a jar: " + e.getMessage());
				}
			}
		}
		namesByJar = index;
		return index;
	}

	static boolean isJar(Path entry) {
		return Files.isRegularFile(entry) || entry.getFileName().toString().endsWith(".jar");
	}

	/** A file {@code name} of the class path entry {@code entry} (a folder, or a jar when {@code inJar}). */
	record Located(Path entry, String name, boolean inJar) {

		@Override
		public String toString() {
			return inJar ? entry + "!/" + name : entry.resolve(name).toString();
		}
	}
}
