package org.privacy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which entity a data file's path names, as both the check and the Spark module read a folder. */
class EntityFilesTest {
	private static final EntityFiles FILES = EntityFiles.of(List.of("MessageSend", "Prospect", "ProspectingCall"));

	@Test
	void aBaseNameNamesItsEntityWhateverTheCaseDashesAndUnderscores() {
		for (String name : List.of("MessageSend.jsonl", "messagesend.csv", "message-send.json", "message_send.jsonl",
				"MESSAGESEND.csv", "Message_Send.parquet", "exports/2023/message-send.jsonl")) {
			assertThat(FILES.entityOf(Path.of(name))).as(name).isEqualTo("MessageSend");
		}
		assertThat(FILES.entityOf(Path.of("prospecting-call.csv"))).isEqualTo("ProspectingCall");
	}

	@Test
	void theBaseNameIsCutAtTheLastDot() {
		assertThat(FILES.entityOf(Path.of("Prospect.2023.jsonl"))).isNull();
		assertThat(FILES.entityOf(Path.of("Prospect.snappy.parquet"))).isNull();
		assertThat(FILES.entityOf(Path.of("Prospect"))).isEqualTo("Prospect");
		assertThat(FILES.entityOf(Path.of("MessageSends.jsonl"))).isNull();
	}

	@Test
	void elseTheNearestFolderNamedAfterAnEntityNamesIt() {
		assertThat(FILES.entityOf(Path.of("Prospect/part-0001.snappy.parquet"))).isEqualTo("Prospect");
		assertThat(FILES.entityOf(Path.of("prospect/2023/part-1.jsonl"))).isEqualTo("Prospect");
		assertThat(FILES.entityOf(Path.of("Prospect/message_send/part-1.jsonl"))).isEqualTo("MessageSend");
		assertThat(FILES.entityOf(Path.of("Prospect/prospecting_call.csv"))).isEqualTo("ProspectingCall");
		assertThat(FILES.entityOf(Path.of("exports/part-1.jsonl"))).isNull();
	}
}
