/**
 * The {@code privacy:generate} goal: generates the validators in an application's build and checks bound entities
 * against the application's own classes.
 */
package org.privacy.maven;
