/**
 * The language services of the language server, wired by {@link org.privacy.dsl.ide.PrivacyIdeModule}; one
 * package per feature, and {@code server} for the protocol itself.
 */
package org.privacy.dsl.ide;
