/**
 * Inlay hints: what an activity term used as a subject covers, and how a calendar deadline is counted.
 */
package org.privacy.dsl.ide.inlay;
