/**
 * Completion: names as written, legal bases, lengths of time; the range of each item counted from the caret.
 */
package org.privacy.dsl.ide.contentassist;
