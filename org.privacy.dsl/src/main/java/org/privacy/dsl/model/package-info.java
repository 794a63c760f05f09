/**
 * Facts about a parsed model that several stages share, with no dependency on any of them: the author's own
 * words ({@link org.privacy.dsl.model.SourceText}), the placeholders of {@code explain} sentences, field paths as
 * reports show them, literal values ({@link org.privacy.dsl.model.SpanValue},
 * {@link org.privacy.dsl.model.LiteralValues}) and every generated Java name ({@link org.privacy.dsl.model.JavaNames}).
 * Validation, the generator, scenarios and the language server read them here.
 */
package org.privacy.dsl.model;
