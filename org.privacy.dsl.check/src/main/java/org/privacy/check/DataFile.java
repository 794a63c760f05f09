package org.privacy.check;

import java.nio.file.Path;

/**
 * A data file to read: where it is, its name in reports (relative to the checked folder, with {@code /}), the entity
 * its records belong to, and its format.
 */
public record DataFile(Path path, String name, String entity, DataFormat format) {
}
