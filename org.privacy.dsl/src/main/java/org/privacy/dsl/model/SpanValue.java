package org.privacy.dsl.model;

import org.privacy.dsl.privacy.DurationLiteral;

/** A duration literal as amount and runtime unit name: {@code 72h} is 72 HOURS, {@code 1 month} is 1 MONTHS. */
public record SpanValue(long amount, String unit) {

	/**
	 * The value of a literal the validator accepted.
	 *
	 * @throws IllegalStateException for a literal whose amount is beyond a long, which the validator refuses
	 */
	public static SpanValue of(DurationLiteral d) {
		SpanValue value = parse(d);
		if (value == null) {
			throw new IllegalStateException("a length of time out of range reached the generator");
		}
		return value;
	}

	/** The value of a literal, or {@code null} when its amount does not fit in a long ({@code 99999999999999999999h}). */
	public static SpanValue parse(DurationLiteral d) {
		if (d.getCompact() != null) {
			String c = d.getCompact();
			long amount;
			try {
				amount = Long.parseLong(c.substring(0, c.length() - 1));
			} catch (NumberFormatException e) {
				return null;
			}
			String unit = switch (c.charAt(c.length() - 1)) {
				case 'h' -> "HOURS";
				case 'd' -> "DAYS";
				default -> "WEEKS";
			};
			return new SpanValue(amount, unit);
		}
		return d.getUnit() == null ? null : new SpanValue(d.getAmount(), d.getUnit().getName());
	}

	/** As the rule wrote it, for explanations: {@code 72h}, {@code 1 month}. */
	public String words() {
		if (unit.equals("HOURS")) {
			return amount + "h";
		}
		String word = unit.toLowerCase(java.util.Locale.ROOT);
		return amount + " " + (amount == 1 ? word.substring(0, word.length() - 1) : word);
	}
}
