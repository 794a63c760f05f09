/**
 * Completion: names as written, legal bases, lengths of time; the range of each item counted from the caret; the text
 * before the caret parsed from the last top-level declaration, not from the start of the file.
 */
package org.privacy.dsl.ide.contentassist;
