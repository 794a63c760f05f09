package org.privacy.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.privacy.runtime.Status;

/**
 * The chart of the HTML report: one horizontal bar per rule with findings, split by status, as inline SVG. It is
 * drawn here rather than by a script so that it is in the page as written, prints, and needs nothing to run.
 */
public final class FindingsChart {
	private static final int WIDTH = 760;
	/** Room for a rule id of this many characters, at most, before the bars start; longer ids widen it. */
	private static final int LABEL_CHARACTERS = 10;
	/** The width of one character of a label, in the chart's monospace font, with a margin. */
	private static final int CHARACTER_WIDTH = 8;
	private static final int LABEL_LIMIT = 300;
	private static final int TOTAL_WIDTH = 44;
	private static final int ROW_HEIGHT = 26;
	private static final int BAR_HEIGHT = 16;
	private static final int TOP = 4;

	/** One bar: the rule id and its number of findings by status, in {@link CheckReport#REPORTED} order. */
	public record Bar(String ruleId, Map<Status, Integer> counts) {
		int total() {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	private FindingsChart() {
	}

	/** The {@code <svg>} element for {@code bars}, which must not be empty; the same bars give the same text. */
	public static String svg(List<Bar> bars) {
		int max = bars.stream().mapToInt(Bar::total).max().orElseThrow();
		int longestId = bars.stream().mapToInt(bar -> bar.ruleId().length()).max().orElseThrow();
		int labelWidth = Math.min(LABEL_LIMIT, CHARACTER_WIDTH * Math.max(LABEL_CHARACTERS, longestId) + 12);
		double scale = (double) (WIDTH - labelWidth - TOTAL_WIDTH) / max;
		int height = TOP * 2 + bars.size() * ROW_HEIGHT;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg class=\"chart\" id=\"rule-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
				.append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
				.append("\" role=\"img\" aria-labelledby=\"rule-chart-title\">\n");
		svg.append("<title id=\"rule-chart-title\">Findings per rule, by status</title>\n");
		svg.append("<line class=\"axis\" x1=\"").append(labelWidth - 4).append("\" y1=\"0\" x2=\"")
				.append(labelWidth - 4).append("\" y2=\"").append(height).append("\"/>\n");
		for (int row = 0; row < bars.size(); row++) {
			bar(svg, bars.get(row), labelWidth, TOP + row * ROW_HEIGHT, scale);
		}
		return svg.append("</svg>\n").toString();
	}

	private static void bar(StringBuilder svg, Bar bar, int left, int top, double scale) {
		String id = Html.escape(bar.ruleId());
		double middle = top + ROW_HEIGHT / 2.0;
		svg.append("<g class=\"bar\" data-rule=\"").append(id).append("\" data-total=\"").append(bar.total())
				.append("\">\n");
		svg.append("<text class=\"label\" x=\"0\" y=\"").append(number(middle))
				.append("\" dominant-baseline=\"middle\">").append(id).append("</text>\n");
		double x = left;
		for (Map.Entry<Status, Integer> segment : bar.counts().entrySet()) {
			int count = segment.getValue();
			if (count == 0) {
				continue;
			}
			String word = segment.getKey().word();
			double width = count * scale;
			svg.append("<rect class=\"s-").append(word).append("\" data-status=\"").append(word)
					.append("\" data-count=\"").append(count).append("\" x=\"").append(number(x)).append("\" y=\"")
					.append(number(middle - BAR_HEIGHT / 2.0)).append("\" width=\"").append(number(width))
					.append("\" height=\"").append(BAR_HEIGHT).append("\"><title>").append(id).append(": ")
					.append(count).append(' ').append(word).append("</title></rect>\n");
			x += width;
		}
		svg.append("<text class=\"total\" x=\"").append(number(x + 6)).append("\" y=\"").append(number(middle))
				.append("\" dominant-baseline=\"middle\">").append(bar.total()).append("</text>\n");
		svg.append("</g>\n");
	}

	/** Two decimals at most, with a point, whatever the default locale: the same chart gives the same bytes. */
	private static String number(double value) {
		String text = String.format(Locale.ROOT, "%.2f", value);
		return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
	}
}
