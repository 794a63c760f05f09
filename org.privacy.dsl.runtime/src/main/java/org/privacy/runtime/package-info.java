/**
 * What generated validators call, one concept per class: findings and their status, the context of a check
 * (clock, look-ups, masking), reading values, lengths of time, deadlines, calendars and opening hours, explanations.
 * Applications embed this jar: it depends on nothing but the JDK.
 */
package org.privacy.runtime;
