/**
 * Name resolution: multi-word names, imports and the built-in library, fields of the left side's entity and
 * values of its enumeration.
 */
package org.privacy.dsl.scoping;
