package org.privacy.dsl.corpus.binding;

/** The Java enumeration that the corpus's bound {@code Tier} enumeration matches constant for constant. */
public enum CorpusTier {
	free, plus, premium
}
