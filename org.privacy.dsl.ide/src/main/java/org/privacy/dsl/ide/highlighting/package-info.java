/**
 * Semantic highlighting: the token types of names, keywords and literals.
 */
package org.privacy.dsl.ide.highlighting;
