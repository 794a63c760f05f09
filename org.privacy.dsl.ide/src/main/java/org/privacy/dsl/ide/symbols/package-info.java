/**
 * The outline: labels and the tree of declarations.
 */
package org.privacy.dsl.ide.symbols;
