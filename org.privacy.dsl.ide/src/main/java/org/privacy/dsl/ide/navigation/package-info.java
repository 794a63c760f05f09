/**
 * Go to definition, find references (placeholders of sentences included) and workspace symbols.
 */
package org.privacy.dsl.ide.navigation;
