/**
 * Resources that link only where a name is wrong, and what a file exports to the index.
 */
package org.privacy.dsl.resource;
