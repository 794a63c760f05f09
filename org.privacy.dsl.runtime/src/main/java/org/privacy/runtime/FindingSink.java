package org.privacy.runtime;

/** Receives the findings a validator produces; implementations decide whether to collect, count or stream them. */
@FunctionalInterface
public interface FindingSink {
	void accept(Finding finding);
}
