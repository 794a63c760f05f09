/**
 * Messages for names that do not resolve ("did you mean") and for syntax errors, in plain words.
 */
package org.privacy.dsl.linking;
