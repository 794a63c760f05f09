/**
 * {@link org.privacy.dsl.formatting2.PrivacyFormatter}: the canonical layout of rule files, used by
 * {@code privacy fmt} and the language server.
 */
package org.privacy.dsl.formatting2;
