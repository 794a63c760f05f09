package org.privacy.cli;

import java.util.List;

import org.privacy.check.DataProblem;
import org.privacy.check.Findings;
import org.privacy.check.LocatedFinding;
import org.privacy.check.ReportInputs;
import org.privacy.check.SpillList;

/** Findings and problems for reports built by hand in tests (few enough to stay in memory). */
final class ReportParts {
	private ReportParts() {
	}

	static Findings findings(List<LocatedFinding> list) {
		return ReportInputs.findings(list, Findings.IN_MEMORY);
	}

	static SpillList<DataProblem> problems(List<DataProblem> list) {
		return ReportInputs.problems(list, Findings.IN_MEMORY);
	}
}
