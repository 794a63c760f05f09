/**
 * Completion: names as written, legal bases, lengths of time.
 */
package org.privacy.dsl.ide.contentassist;
