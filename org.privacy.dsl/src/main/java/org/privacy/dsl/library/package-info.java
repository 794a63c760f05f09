/**
 * The built-in vocabulary every rule file sees: legal bases, data categories (fideslang), channels, weekdays.
 */
package org.privacy.dsl.library;
