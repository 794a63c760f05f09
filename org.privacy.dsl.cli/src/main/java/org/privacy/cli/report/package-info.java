/**
 * The reports of the {@code privacy} command. For {@code check}: {@code CheckReport} (what every format shows) as
 * text ({@code TextReport}), JSON ({@code JsonReport}), JSON Lines written as records are committed
 * ({@code JsonLinesReport}) or one self-contained HTML page ({@code HtmlReport}, with {@code FindingsChart},
 * {@code HtmlAssets} and the escaping of {@code Html}); for {@code lint}: {@code LintReport} as text or SARIF 2.1.0
 * ({@code SarifReport}); for {@code test}: {@code ScenarioReport} (text, JUnit XML, coverage). Articles and rules
 * are ordered as people number them ({@code NaturalOrder}). No report quotes a record's content, and text from users
 * is escaped for its format (controls and bidi characters shown as escapes where people read it).
 */
package org.privacy.cli.report;
