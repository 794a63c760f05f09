/**
 * Qualified names of declarations, and {@link org.privacy.dsl.naming.NameKeywords}: which keywords may be words of
 * a multi-word name, and where, read from the grammar.
 */
package org.privacy.dsl.naming;
