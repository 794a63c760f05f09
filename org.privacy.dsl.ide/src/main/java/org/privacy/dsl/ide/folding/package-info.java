/**
 * Folding ranges: declarations of several lines and block comments.
 */
package org.privacy.dsl.ide.folding;
