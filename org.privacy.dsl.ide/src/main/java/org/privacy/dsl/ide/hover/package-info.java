/**
 * Hover texts: what a name is, its type, and the legal article a rule cites.
 */
package org.privacy.dsl.ide.hover;
