package org.privacy.dsl.generator;

import org.privacy.dsl.privacy.DurationLiteral;

/** A duration literal as amount and runtime unit name: {@code 72h} is 72 HOURS, {@code 1 month} is 1 MONTHS. */
public record SpanValue(long amount, String unit) {

	public static SpanValue of(DurationLiteral d) {
		if (d.getCompact() != null) {
			String c = d.getCompact();
			long amount = Long.parseLong(c.substring(0, c.length() - 1));
			String unit = switch (c.charAt(c.length() - 1)) {
				case 'h' -> "HOURS";
				case 'd' -> "DAYS";
				default -> "WEEKS";
			};
			return new SpanValue(amount, unit);
		}
		return new SpanValue(d.getAmount(), d.getUnit().getName());
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
