/**
 * What expressions mean: {@link org.privacy.dsl.typing.PrivacyTypeComputer} gives the type of every expression;
 * calendars and opening hours, relations between entities, deadlines per element, bound Java classes and their
 * getters ({@link org.privacy.dsl.typing.Accessors}) and which fields hold personal data.
 */
package org.privacy.dsl.typing;
