/**
 * The language server process: launch options, lifecycle, request validation, resynchronising framing, advertised
 * methods and failures.
 */
package org.privacy.dsl.ide.server;
