/**
 * Quick fixes, one class per issue code, composed by {@link org.privacy.dsl.ide.quickfix.PrivacyCodeActionService}.
 */
package org.privacy.dsl.ide.quickfix;
