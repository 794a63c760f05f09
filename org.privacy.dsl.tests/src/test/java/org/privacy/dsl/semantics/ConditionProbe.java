package org.privacy.dsl.semantics;

import java.util.List;
import java.util.Map;

import org.privacy.runtime.Context;
import org.privacy.runtime.Finding;
import org.privacy.runtime.Status;

/**
 * Evaluates one condition on one record: the condition becomes the requirement of a rule about {@code entity},
 * compiled in records mode with the given declarations. The rule holds (no finding) exactly when the condition is true.
 */
final class ConditionProbe {
	private final String declarations;
	private final String entity;

	ConditionProbe(String declarations, String entity) {
		this.declarations = declarations;
		this.entity = entity;
	}

	/** Whether {@code condition} is true for {@code record}; fails when the record cannot be checked instead. */
	boolean holds(String condition, Map<String, ?> record, Context context) {
		List<Finding> findings = findings(condition, record, context);
		if (findings.isEmpty()) {
			return true;
		}
		Finding finding = findings.get(0);
		if (findings.size() == 1 && finding.status() == Status.VIOLATED) {
			return false;
		}
		throw new AssertionError("'" + condition + "' is neither true nor false: " + findings);
	}

	/** The findings of the probe rule for {@code record}. */
	List<Finding> findings(String condition, Map<String, ?> record, Context context) {
		String rules = declarations + "\nrule PROBE \"probe\"\n\tbasis \"test\"\n\t" + entity + " requires " + condition
				+ "\n";
		return CompiledRules.check(CompiledRules.records(rules), entity, record, context);
	}
}
