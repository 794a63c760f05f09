package org.privacy.check;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * A list that gives its elements back sorted and keeps at most {@code limit} of them in memory: when more are added,
 * the ones in memory are sorted and written to a file of the {@link RunFolder} (a run), and iterating merges the runs. This is how a
 * check over millions of records keeps its findings and data problems without holding them all. Elements are added
 * by one thread; once iteration has started nothing more may be added. {@link #close()} deletes the runs.
 */
public final class SpillList<T> implements Iterable<T>, AutoCloseable {

	/** How elements are written to a run and read back. */
	interface Codec<T> {
		void write(DataOutputStream out, T value) throws IOException;

		T read(DataInputStream in) throws IOException;
	}

	private final Comparator<? super T> order;
	private final Codec<T> codec;
	private final int limit;
	private final List<T> memory = new ArrayList<>();
	private final List<Path> runs = new ArrayList<>();
	private final List<Integer> runSizes = new ArrayList<>();
	private final List<DataInputStream> open = new ArrayList<>();
	private long size;
	private boolean frozen;

	SpillList(Comparator<? super T> order, Codec<T> codec, int limit) {
		this.order = order;
		this.codec = codec;
		this.limit = limit;
	}

	void add(T value) {
		if (frozen) {
			throw new IllegalStateException("elements are added before iterating");
		}
		memory.add(value);
		size++;
		if (memory.size() >= limit) {
			spill();
		}
	}

	public long size() {
		return size;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	/** How many runs went to disk; 0 while everything fits in memory. */
	public int runs() {
		return runs.size();
	}

	@Override
	public Iterator<T> iterator() {
		if (!frozen) {
			memory.sort(order);
			frozen = true;
		}
		if (runs.isEmpty()) {
			return java.util.Collections.unmodifiableList(memory).iterator();
		}
		return new Merge();
	}

	@Override
	public void close() throws IOException {
		for (DataInputStream in : open) {
			in.close();
		}
		open.clear();
		for (Path run : runs) {
			Files.deleteIfExists(run);
		}
	}

	private void spill() {
		memory.sort(order);
		try {
			Path run = RunFolder.newFile("report-", ".run"); // findings quote records: kept private
			runs.add(run);
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run),
					1 << 16))) {
				for (T value : memory) {
					codec.write(out, value);
				}
			}
			runSizes.add(memory.size());
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write a temporary file for the report", e);
		}
		memory.clear();
	}

	/** The sorted merge of the runs on disk and the elements in memory. */
	private final class Merge implements Iterator<T> {
		/** The next element of one source, and where the ones after it come from. */
		private final class Head {
			T value;
			final Iterator<T> rest;

			Head(Iterator<T> source) {
				this.rest = source;
				this.value = source.next();
			}
		}

		private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> order.compare(a.value, b.value));

		Merge() {
			for (int i = 0; i < runs.size(); i++) {
				addSource(runReader(runs.get(i), runSizes.get(i)));
			}
			addSource(memory.iterator());
		}

		private void addSource(Iterator<T> source) {
			if (source.hasNext()) {
				heads.add(new Head(source));
			}
		}

		@Override
		public boolean hasNext() {
			return !heads.isEmpty();
		}

		@Override
		public T next() {
			Head head = heads.poll();
			if (head == null) {
				throw new NoSuchElementException();
			}
			T value = head.value;
			if (head.rest.hasNext()) {
				head.value = head.rest.next();
				heads.add(head);
			}
			return value;
		}
	}

	private Iterator<T> runReader(Path run, int count) {
		DataInputStream in;
		try {
			in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read a temporary file of the report", e);
		}
		open.add(in);
		return new Iterator<>() {
			private int left = count;

			@Override
			public boolean hasNext() {
				return left > 0;
			}

			@Override
			public T next() {
				if (left == 0) {
					throw new NoSuchElementException();
				}
				left--;
				try {
					T value = codec.read(in);
					if (left == 0) {
						in.close();
					}
					return value;
				} catch (IOException e) {
					throw new UncheckedIOException("cannot read a temporary file of the report", e);
				}
			}
		};
	}
}
