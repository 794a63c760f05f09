/**
 * Rename: which names can be renamed, the new name's syntax and clashes, and every place to edit (placeholders
 * of sentences included).
 */
package org.privacy.dsl.ide.rename;
