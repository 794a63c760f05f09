package org.privacy.dsl.generator;

import java.util.List;
import java.util.SortedMap;

/** What the generator produces: Java sources by fully qualified class name, and the policy classes among them. */
public record GeneratorOutput(SortedMap<String, String> sources, List<String> policyClasses) {
}
