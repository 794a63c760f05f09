package org.privacy.runtime;

import java.util.List;

/** A generated validator: the rules of one policy. Implementations are immutable and safe to share across threads. */
public interface Policy {

	/** The policy's name as declared in its rule file. */
	String name();

	/** The policy's rules, in the order of the rule file. */
	List<RuleInfo> rules();

	/** The names of the parameters a deployment can set ({@code parameter grace = 30 days}), sorted. */
	java.util.SortedSet<String> parameterNames();
}
