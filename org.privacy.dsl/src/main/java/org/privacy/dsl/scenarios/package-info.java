/**
 * Scenarios written in rule files: reading them into plain values ({@link org.privacy.dsl.scenarios.ScenarioReader}),
 * running them through generated validators ({@link org.privacy.dsl.scenarios.ScenarioRunner}) and measuring which
 * outcomes they cover.
 */
package org.privacy.dsl.scenarios;
