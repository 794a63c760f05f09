/**
 * The "run scenarios" command and its code lens.
 */
package org.privacy.dsl.ide.scenarios;
