package org.privacy.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.privacy.runtime.Context;
import org.privacy.runtime.RecordPolicy;

/**
 * Runs the policies over every record of a {@link DataSet}, entity by entity in file order, and collects the findings
 * with the location of their record. Validators turn bad values into data-error findings themselves; should one throw
 * all the same, that record becomes a data problem and the run goes on.
 */
final class Checker {
	private final List<RecordPolicy> policies;
	private final Context context;

	Checker(List<RecordPolicy> policies, Context context) {
		this.policies = policies;
		this.context = context;
	}

	/** The entities some rule is about, sorted. */
	Set<String> checkedEntities() {
		Set<String> entities = new TreeSet<>();
		policies.forEach(policy -> entities.addAll(policy.entities()));
		return entities;
	}

	/** The findings on {@code data}, sorted; counts checked records and adds problems to {@code data}. */
	List<LocatedFinding> check(DataSet data) {
		List<LocatedFinding> findings = new ArrayList<>();
		for (String entity : checkedEntities()) {
			EntityCounts counts = data.counts(entity);
			List<RecordPolicy> applicable = policies.stream().filter(p -> p.entities().contains(entity)).toList();
			for (DataRecord record : data.records(entity)) {
				counts.countChecked();
				for (RecordPolicy policy : applicable) {
					check(policy, entity, record, findings, data);
				}
			}
		}
		findings.sort(LocatedFinding.ORDER);
		return findings;
	}

	private void check(RecordPolicy policy, String entity, DataRecord record, List<LocatedFinding> findings,
			DataSet data) {
		try {
			policy.check(entity, record, context,
					finding -> findings.add(new LocatedFinding(finding, record.file(), record.line())));
		} catch (RuntimeException e) {
			// never the exception's message: it could quote a value of the record
			data.problem(new DataProblem(record.file(), record.line(), "policy " + policy.name()
					+ " failed on this record (" + e.getClass().getSimpleName() + "): a bug, please report it"));
		}
	}
}
