package org.privacy.dsl.semantics;

/** An application's own enum for how a message travels, for bound-mode tests. */
public enum Medium {
	EMAIL, SMS, POSTAL
}
