package org.privacy.dsl.generator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of the record that one helper method (a term's, a quantifier's, a count's, an aggregate's) reads, kept
 * in locals of the method so that each is read at most once per call: a value read twice in a condition
 * ({@code Values.resolve} of one reference), or read on every turn of a loop though it is the same for every element
 * ({@code Values.instant(r.get("sentAt"), ...)} in a quantifier), is read where the condition first reads it and
 * taken from the local afterwards.
 * <p>
 * Data errors stay exactly as if every use read the value again: a value is never read earlier than the condition
 * reads it, nor read when the condition would not read it. {@link ExpressionCompiler} reports each read in the order
 * Java evaluates the expression it writes, with what is certain to have been evaluated at that point (the left part
 * of an {@code and}, both sides of a comparison, a loop's list before its elements), and each use becomes one of:
 * <ul>
 * <li>the local alone ({@code sentAt}), where an earlier use is certain to have read it;</li>
 * <li>an assignment ({@code (sentAt = Values.instant(...))}), where no use can have come before (the first read of a
 * term's condition, or of a loop's list);</li>
 * <li>a read at first use ({@code (sentAt != null ? sentAt : (sentAt = Values.instant(...)))}) elsewhere: inside a
 * loop, behind an {@code or}, or where Java's order differs from the rule's ({@link #barrier}).</li>
 * </ul>
 * A value read once, outside any loop, stays inline. Only values of reference types are kept ({@code null} means
 * not read yet, which no read returns): a number or a yes/no value is read where it is used.
 */
final class HelperReads {

	/** How one use of a value is written. */
	private enum Mode {
		PLAIN, ASSIGN, LAZY
	}

	/** A value kept in a local: the local's name and Java type. */
	private record Read(String name, String type) {
	}

	/** One use of a value: how it is written, the Java that reads it there, and whether it is in a loop's body. */
	private record Use(int read, Mode mode, String java, boolean inLoop) {
	}

	/** What is certain to have been read once a condition is known to be true, and once it is known to be false. */
	record Outcome(Set<Integer> whenTrue, Set<Integer> whenFalse) {
	}

	/** Mark a use in the Java text until {@link #resolve} writes it: START, the use's number, END. */
	private static final char START = '\u0001';
	private static final char END = '\u0002';

	private final Set<String> taken;
	private final Map<String, Integer> byKey = new LinkedHashMap<>();
	private final List<Read> reads = new ArrayList<>();
	private final List<Use> uses = new ArrayList<>();
	private Set<Integer> certain = new HashSet<>();
	private Outcome outcome = new Outcome(Set.of(), Set.of());
	private int barriers;
	private boolean inLoop;

	/** A helper method whose locals may not take {@code taken} (its parameters, names generated code uses). */
	HelperReads(Collection<String> taken) {
		this.taken = new HashSet<>(taken);
	}

	/** A name of the method (a parameter, a loop's variable) that no local may take. */
	void reserve(String name) {
		taken.add(name);
	}

	/**
	 * A use of the value that {@code java} reads, of Java type {@code type}; {@code key} says which value it is (the
	 * same key, the same value), {@code name} what to call its local. Returns a mark that {@link #resolve} replaces.
	 */
	String use(String key, String name, String type, String java) {
		Integer id = byKey.get(key);
		boolean seen = id != null;
		if (id == null) {
			id = reads.size();
			reads.add(new Read(fresh(name), type));
			byKey.put(key, id);
		}
		Mode mode = certain.contains(id) ? Mode.PLAIN : !seen && !inLoop && barriers == 0 ? Mode.ASSIGN : Mode.LAZY;
		if (barriers == 0) {
			certain.add(id);
		}
		uses.add(new Use(id, mode, java, inLoop));
		return START + Integer.toString(uses.size() - 1) + END;
	}

	private String fresh(String base) {
		String name = base;
		for (int i = 2; taken.contains(name) || javax.lang.model.SourceVersion.isKeyword(name); i++) {
			name = base + i;
		}
		taken.add(name);
		return name;
	}

	/** The Java compiled from now on runs on every turn of the method's loop. */
	void enterLoop() {
		inLoop = true;
	}

	/**
	 * Java whose evaluation order differs from the order in which it is compiled, or whose parts are evaluated only
	 * under conditions it writes itself ({@code a || b} among values, {@code x ? y : z}): inside, no use counts as
	 * certain for the next, and no first use is an assignment.
	 */
	void enterBarrier() {
		barriers++;
	}

	void exitBarrier() {
		barriers--;
	}

	/** What is certain to have been read now. */
	Set<Integer> certain() {
		return Set.copyOf(certain);
	}

	/** Continues from what was certain at an earlier point (the start of a loop's body). */
	void certain(Set<Integer> reads) {
		certain = new HashSet<>(reads);
	}

	/** The outcome of the condition compiled last. */
	Outcome outcome() {
		return outcome;
	}

	/** The expression compiled last is no condition of {@code and}/{@code or}: true or false, the same is read. */
	void settle() {
		outcome = new Outcome(Set.copyOf(certain), Set.copyOf(certain));
	}

	/** The condition compiled last was negated ({@code not}). */
	void negate() {
		outcome = new Outcome(outcome.whenFalse(), outcome.whenTrue());
	}

	/** Before the right part of an {@code and} (the left was true) or an {@code or} (the left was false). */
	void assume(Set<Integer> reads) {
		certain(reads);
	}

	/** After {@code left and right} or {@code left or right}, the right part compiled last. */
	void join(Outcome left, boolean and) {
		Outcome right = outcome;
		Set<Integer> whenTrue = and ? right.whenTrue() : intersection(left.whenTrue(), right.whenTrue());
		Set<Integer> whenFalse = and ? intersection(left.whenFalse(), right.whenFalse()) : right.whenFalse();
		outcome = new Outcome(whenTrue, whenFalse);
		certain = new HashSet<>(intersection(whenTrue, whenFalse));
	}

	private static Set<Integer> intersection(Set<Integer> a, Set<Integer> b) {
		Set<Integer> both = new HashSet<>(a);
		both.retainAll(b);
		return Set.copyOf(both);
	}

	/** The Java of the method's parts, every use written, and the declarations of the locals, in order of first use. */
	record Resolved(List<String> texts, List<String> declarations) {
	}

	/**
	 * Writes the uses in {@code texts} (the parts of one method): a value that is used once and not in a loop stays
	 * inline, any other is kept in a local.
	 */
	Resolved resolve(List<String> texts) {
		boolean[] kept = new boolean[reads.size()];
		java.util.Arrays.fill(kept, true);
		for (int round = 0; round <= reads.size(); round++) {
			int[] count = new int[reads.size()];
			boolean[] looped = new boolean[reads.size()];
			for (String text : texts) {
				if (text != null) {
					count(text, kept, count, looped);
				}
			}
			boolean[] next = new boolean[reads.size()];
			for (int i = 0; i < next.length; i++) {
				next[i] = count[i] >= 2 || looped[i];
			}
			if (java.util.Arrays.equals(next, kept)) {
				break;
			}
			kept = next;
		}
		List<String> written = new ArrayList<>();
		for (String text : texts) {
			written.add(text == null ? null : write(text, kept));
		}
		List<String> declarations = new ArrayList<>();
		for (int i = 0; i < reads.size(); i++) {
			if (kept[i]) {
				declarations.add(reads.get(i).type() + " " + reads.get(i).name() + " = null;");
			}
		}
		return new Resolved(written, declarations);
	}

	/** Counts the uses {@code text} writes, given the values kept. */
	private void count(String text, boolean[] kept, int[] count, boolean[] looped) {
		for (int start = text.indexOf(START); start >= 0; start = text.indexOf(START, start + 1)) {
			Use use = uses.get(Integer.parseInt(text.substring(start + 1, text.indexOf(END, start))));
			count[use.read()]++;
			looped[use.read()] |= use.inLoop();
			if (!(kept[use.read()] && use.mode() == Mode.PLAIN)) {
				count(use.java(), kept, count, looped);
			}
		}
	}

	private String write(String text, boolean[] kept) {
		StringBuilder b = new StringBuilder();
		int from = 0;
		for (int start = text.indexOf(START); start >= 0; start = text.indexOf(START, from)) {
			int end = text.indexOf(END, start);
			b.append(text, from, start);
			Use use = uses.get(Integer.parseInt(text.substring(start + 1, end)));
			String name = reads.get(use.read()).name();
			if (!kept[use.read()]) {
				b.append(write(use.java(), kept));
			} else {
				b.append(switch (use.mode()) {
					case PLAIN -> name;
					case ASSIGN -> "(" + name + " = " + write(use.java(), kept) + ")";
					case LAZY -> "(" + name + " != null ? " + name + " : (" + name + " = " + write(use.java(), kept)
							+ "))";
				});
			}
			from = end + 1;
		}
		return b.append(text, from, text.length()).toString();
	}
}
