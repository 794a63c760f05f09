package org.privacy.dsl.ide.hover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The articles that rules commonly cite (GDPR, the French CPCE and Consumer Code, a CNIL deliberation), each with a
 * title and a one-sentence summary in this project's own words, from {@code org/privacy/dsl/ide/articles.tsv}. Hover
 * explains a rule's {@code basis} with it, and completion proposes its citations.
 */
public final class LegalArticles {

	/** One article, or one point of an article. */
	public record Article(String citation, String title, String summary) {
	}

	private static final String RESOURCE = "/org/privacy/dsl/ide/articles.tsv";
	private static final LegalArticles INSTANCE = new LegalArticles(load());

	private final List<Article> articles;

	private LegalArticles(List<Article> articles) {
		this.articles = articles;
	}

	/** The table shipped with the language server. */
	public static LegalArticles shipped() {
		return INSTANCE;
	}

	/** Every article of the table, in the table's order. */
	public List<Article> all() {
		return articles;
	}

	/**
	 * The most specific article that a basis cites: {@code "GDPR art. 33(1)"} gives 33(1), {@code "GDPR art. 33(2)"}
	 * gives 33, {@code "Consumer Code art. L223-1 (law of 30 June 2025)"} gives L223-1. Case and spacing do not
	 * matter; a citation must be followed by the end of the text or by something other than a letter or digit, so
	 * that art. 3 never matches art. 33.
	 */
	public Optional<Article> find(String basis) {
		if (basis == null) {
			return Optional.empty();
		}
		String text = normalize(basis);
		Article best = null;
		for (Article article : articles) {
			String citation = normalize(article.citation());
			if (text.startsWith(citation) && (text.length() == citation.length()
					|| !Character.isLetterOrDigit(text.charAt(citation.length())))
					&& (best == null || citation.length() > normalize(best.citation()).length())) {
				best = article;
			}
		}
		return Optional.ofNullable(best);
	}

	private static String normalize(String s) {
		return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static List<Article> load() {
		List<Article> result = new ArrayList<>();
		try (InputStream in = LegalArticles.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				if (columns.length == 3) {
					result.add(new Article(columns[0], columns[1], columns[2]));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return List.copyOf(result);
	}
}
