/**
 * Keeping the server alive: a size limit for documents, memory exhaustion, validators that cannot bring it down.
 */
package org.privacy.dsl.ide.limits;
