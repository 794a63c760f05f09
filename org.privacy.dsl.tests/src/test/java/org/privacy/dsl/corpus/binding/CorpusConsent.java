package org.privacy.dsl.corpus.binding;

import java.time.OffsetDateTime;

/** A record that corpus files bind entities to: accessors are the record's components. */
public record CorpusConsent(String id, CorpusSubscriber subscriber, String channel, OffsetDateTime givenAt,
		Boolean withdrawn) {
}
