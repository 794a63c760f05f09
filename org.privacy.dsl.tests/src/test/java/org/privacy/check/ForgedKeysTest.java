package org.privacy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacy.cli.Cli;
import org.privacy.cli.ShopRules;
import org.privacy.cli.exit.ExitCode;

import tools.jackson.databind.JsonNode;

/**
 * A record whose key was made to share a fingerprint with another record's key is checked like any other (issue 10:
 * duplicate keys were told by a 64-bit FNV-1a fingerprint alone, and a forged key made a record and its violations
 * disappear as a "duplicate").
 */
class ForgedKeysTest {
	/*
	 * Two pairs of keys with one 64-bit FNV-1a hash, the fingerprint SeenKeys used (its final mixing is a bijection,
	 * so equal hashes gave equal fingerprints). Found in 25 seconds by a birthday search over 2^25 random keys for two
	 * whose hashes share their top 48 bits; the last character then cancels the low 16 bits. A common suffix keeps
	 * them colliding: FNV's state is all it carries.
	 */
	private static final String FIRST = "order-ikfjaeilnfhbkkee\u5780";
	private static final String SECOND = "order-fglapdjmdbncinhia";
	private static final String THIRD = "order-pmbbbopbimadekhm\u42cc";
	private static final String FOURTH = "order-fibhfpkmfogaijhba";

	@Test
	void theKeysOfEachPairHaveOneFnvHash() {
		assertThat(fnv(FIRST)).isEqualTo(fnv(SECOND));
		assertThat(fnv(THIRD + "-7")).isEqualTo(fnv(FOURTH + "-7"));
		assertThat(FIRST).isNotEqualTo(SECOND);
	}

	@Test
	void aRecordWithAForgedKeyIsCheckedAndNotADuplicate(@TempDir Path dir) throws IOException {
		Cli.write(dir, ShopRules.files());
		StringBuilder customers = new StringBuilder();
		for (String key : List.of(FIRST, SECOND, THIRD + "-7", FOURTH + "-7")) {
			customers.append("{\"id\": \"").append(key).append("\", \"email\": \"x@example.com\", \"age\": 16}\n");
		}
		// a true repeat is still a duplicate
		customers.append("{\"id\": \"").append(SECOND).append("\", \"email\": \"x@example.com\", \"age\": 16}\n");
		Cli.write(dir, Map.of("data/Customer.jsonl", customers.toString()));

		Cli.Run run = Cli.run("check", dir.toString(), "--rules", dir.resolve("rules").toString(), "--data",
				dir.resolve("data").toString(), "--now", "2024-01-01T00:00:00Z", "--format", "json");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
		List<String> violators = new ArrayList<>();
		run.json().get("findings").forEach(finding -> violators.add(finding.get("record").asString()));
		assertThat(violators).containsExactlyInAnyOrder(FIRST, SECOND, THIRD + "-7", FOURTH + "-7");
		JsonNode problems = run.json().get("dataProblems");
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).get("line").asInt()).isEqualTo(5);
		assertThat(problems.get(0).get("message").asString()).contains("already used by the record at")
				.contains("Customer.jsonl:2");
	}

	@Test
	void keysAreToldApartEvenWhenEveryFingerprintMatches() throws IOException {
		// the worst case for the table: one fingerprint for all keys; most keys read back from the log's file
		try (KeyLog log = new KeyLog(256)) {
			SeenKeys seen = new SeenKeys(log, key -> 42L);
			List<String> keys = new ArrayList<>(List.of(FIRST, SECOND, "a\uD800", "a\uDC00", "a", ""));
			for (int i = 0; i < 1_000; i++) {
				keys.add("k" + i);
			}
			for (int i = 0; i < keys.size(); i++) {
				assertThat(seen.putIfAbsent(keys.get(i), 1, i + 1)).as(keys.get(i)).isEqualTo(-1);
			}
			assertThat(log.onDisk()).isTrue();
			for (int i = 0; i < keys.size(); i += 97) {
				assertThat(seen.putIfAbsent(keys.get(i), 2, 1)).as(keys.get(i)).isEqualTo(1L << 32 | i + 1);
			}
			assertThat(seen.size()).isEqualTo(keys.size());
		}
	}

	@Test
	void theForgedPairsAreToldApartUnderTheOldFingerprint() throws IOException {
		try (KeyLog log = new KeyLog()) {
			SeenKeys seen = new SeenKeys(log, ForgedKeysTest::fnv);

			assertThat(seen.putIfAbsent(FIRST, 0, 1)).isEqualTo(-1);
			assertThat(seen.putIfAbsent(SECOND, 0, 2)).isEqualTo(-1);
			assertThat(seen.putIfAbsent(SECOND, 0, 3)).isEqualTo(2);
			assertThat(seen.putIfAbsent(FIRST, 0, 4)).isEqualTo(1);
		}
	}

	@Test
	void sipHashGivesTheReferenceOutputs() {
		// key 00 01 .. 0f, message 00 01 .. (n - 1), from the SipHash paper's vectors (as OpenSSL's SIPHASH gives them)
		SipHash sip = new SipHash(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);

		assertThat(sip.hash(bytesAsUnits(0))).isEqualTo(0x726fdb47dd0e0e31L);
		assertThat(sip.hash(bytesAsUnits(8))).isEqualTo(0x93f5f5799a932462L);
		assertThat(sip.hash(bytesAsUnits(14))).isEqualTo(0xf723ca908e7af2eeL);
	}

	/** The bytes 00 01 .. (n - 1) as UTF-16 units read little-endian, as SipHash reads a key's units. */
	private static String bytesAsUnits(int n) {
		StringBuilder units = new StringBuilder();
		for (int i = 0; i < n; i += 2) {
			units.append((char) (i | (i + 1) << 8));
		}
		return units.toString();
	}

	/** The 64-bit FNV-1a hash of the key's UTF-16 units, as SeenKeys computed it before its final mixing. */
	private static long fnv(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}
}
