/**
 * Turning tokens into values: names of several words mean one name, whatever the spacing or line breaks between
 * their words.
 */
package org.privacy.dsl.conversion;
