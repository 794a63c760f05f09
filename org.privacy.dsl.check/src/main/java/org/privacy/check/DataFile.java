package org.privacy.cli;

import java.nio.file.Path;

/**
 * A data file to read: where it is, its name in reports (relative to the checked folder, with {@code /}), the entity
 * its records belong to, and its format.
 */
record DataFile(Path path, String name, String entity, DataFormat format) {
}
