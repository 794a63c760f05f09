/**
 * Classes of the workspace that bound entities name: jars indexed once and closed, a loader for the workspace.
 */
package org.privacy.dsl.ide.classpath;
