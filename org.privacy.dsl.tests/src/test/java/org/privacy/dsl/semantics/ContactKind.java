package org.privacy.dsl.semantics;

/** An application's own enum for who a contact is, for bound-mode tests; its constants match the rules' values. */
public enum ContactKind {
	individual, business
}
