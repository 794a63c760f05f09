package org.privacy.check;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of one JSON object read with a {@link FieldLayout}: the values of the layout's fields in slots, built as
 * the line was read, and the names of the other properties, whose values were passed over. As a map it is the map a
 * reader keeping every value gives ({@link JsonValues#readObject(tools.jackson.core.JsonParser)}): asked for a
 * property outside the layout, or for all its entries, it reads its line again, whole, once. A check asks only for
 * the fields of its policies' models, so that second read happens only if a policy reads a property its model does
 * not name (a field read from a map, {@code from attributes key "locale"}); it costs time, never a wrong value.
 */
final class RecordValues extends AbstractMap<String, Object> {
	/** In a slot: the property was there with the value {@code null} (an empty slot: it was not there). */
	private static final Object NULL = new Object();

	private final FieldLayout layout;
	private final Object[] values;
	/** The line the object was read from. */
	private final byte[] source;
	private final int from;
	private final int to;
	/** The names of the properties outside the layout, or {@code null} if there are none. */
	private Set<String> others;
	/** Every value, once read again. */
	private Map<String, Object> all;

	RecordValues(FieldLayout layout, byte[] source, int from, int to) {
		this.layout = layout;
		this.values = new Object[layout.size()];
		this.source = source;
		this.from = from;
		this.to = to;
	}

	/** Sets the value of the field in {@code slot} (by the reader that fills the record). */
	void set(int slot, Object value) {
		values[slot] = value == null ? NULL : value;
	}

	/** Notes the names of the properties outside the layout (by the reader that fills the record). */
	void others(Set<String> names) {
		this.others = names == null || names.isEmpty() ? null : names;
	}

	/** Whether the line was read again for the values outside the layout. */
	boolean readWhole() {
		return all != null;
	}

	@Override
	public Object get(Object field) {
		int slot = layout.slot(field);
		if (slot >= 0) {
			return values[slot] == NULL ? null : values[slot];
		}
		return others != null && others.contains(field) ? all().get(field) : null;
	}

	@Override
	public boolean containsKey(Object field) {
		int slot = layout.slot(field);
		return slot >= 0 ? values[slot] != null : others != null && others.contains(field);
	}

	@Override
	public Set<Entry<String, Object>> entrySet() {
		if (others != null) {
			return all().entrySet();
		}
		return new AbstractSet<>() {
			@Override
			public Iterator<Entry<String, Object>> iterator() {
				return new Iterator<>() {
					private int next = advance(0);

					private int advance(int start) {
						int slot = start;
						while (slot < values.length && values[slot] == null) {
							slot++;
						}
						return slot;
					}

					@Override
					public boolean hasNext() {
						return next < values.length;
					}

					@Override
					public Entry<String, Object> next() {
						if (next >= values.length) {
							throw new NoSuchElementException();
						}
						Object value = values[next] == NULL ? null : values[next];
						Entry<String, Object> entry = new SimpleImmutableEntry<>(layout.name(next), value);
						next = advance(next + 1);
						return entry;
					}
				};
			}

			@Override
			public int size() {
				int size = 0;
				for (Object value : values) {
					size += value == null ? 0 : 1;
				}
				return size;
			}
		};
	}

	private Map<String, Object> all() {
		if (all == null) {
			all = JsonValues.readWhole(source, from, to);
		}
		return all;
	}
}
