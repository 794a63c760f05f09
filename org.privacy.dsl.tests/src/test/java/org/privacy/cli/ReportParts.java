package org.privacy.cli;

import java.util.List;

import org.privacy.check.DataProblem;
import org.privacy.check.Findings;
import org.privacy.check.LocatedFinding;
import org.privacy.check.SpillList;

/** Findings and problems for reports built by hand in tests (few enough to stay in memory). */
final class ReportParts {
	private ReportParts() {
	}

	static Findings findings(List<LocatedFinding> list) {
		Findings findings = new Findings();
		list.forEach(findings::add);
		return findings;
	}

	static SpillList<DataProblem> problems(List<DataProblem> list) {
		SpillList<DataProblem> problems = new SpillList<>(DataProblem.ORDER, DataProblem.CODEC, Findings.IN_MEMORY);
		list.forEach(problems::add);
		return problems;
	}
}
