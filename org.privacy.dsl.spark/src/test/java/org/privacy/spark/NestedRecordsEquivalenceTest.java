package org.privacy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Lines whose references hold the referenced record nested as an object ({@code "recipient": {"id": "p-1",
 * ...}}), and lists of records nested in their record: the CLI reads the nested record itself (its key for look-ups
 * and {@code via} lists, its own fields for the rules), and Spark's findings, rule counts and data problems equal
 * the CLI's.
 */
class NestedRecordsEquivalenceTest {
	private static final String RULES = """
			package nested

			entity Company {
				id: text key
				country: text
			}

			entity Customer {
				id: text key
				name: text
				employer: Company
				devices: list of Device
				orders: list of Order via customer
			}

			entity Device {
				model: text
				releasedIn: number
			}

			entity Order {
				id: text key
				customer: Customer
				amount: number
			}

			rule ORD-01 "Orders are placed by named customers of French companies"
				basis "internal policy 1"
				Order requires length of customer.name > 0 and customer.employer.country = "FR"

			rule CUS-01 "A customer places at most one order over 1000"
				basis "internal policy 2"
				Customer requires count of o in orders where o.amount > 1000 <= 1

			rule CUS-02 "Customers use no device released before 2015"
				basis "internal policy 3"
				Customer requires every d in devices satisfies d.releasedIn >= 2015
			""";

	@TempDir
	Path work;

	/** The Datasets earlier test classes kept are not read again: their blocks need not stay in this JVM. */
	@BeforeAll
	static void forgetEarlierChecks() {
		SparkTestSupport.spark().catalog().clearCache();
	}

	/**
	 * References held as keys, as records nested one or two deep (in the data files or not, with other values than
	 * the file's record: the nested values are the ones read), a key whose text looks like an object, a nested
	 * record whose own reference names a record that is not in the data, lists of nested records, numbers given as
	 * numbers or as text, a nested object with a name twice (a data problem in both).
	 */
	@Test
	void nestedReferencesAndNestedListsGiveTheCliFindings() throws Exception {
		Path folder = work.resolve("check");
		Files.createDirectories(folder.resolve("rules"));
		Files.writeString(folder.resolve("rules/nested.privacy"), RULES);
		Path data = Files.createDirectories(folder.resolve("data"));
		Files.writeString(data.resolve("Company.jsonl"), """
				{"id": "c1", "country": "FR"}
				{"id": "c2", "country": "DE"}
				""");
		Files.writeString(data.resolve("Customer.jsonl"), """
				{"id": "u1", "name": "Ann", "employer": "c1", "devices": [{"model": "x1", "releasedIn": 2019}, \
				{"model": "x0", "releasedIn": "2011"}]}
				{"id": "u2", "name": "Bob", "employer": {"id": "c3", "country": "FR"}, "devices": []}
				{"id": "u3", "name": "", "employer": {"id": "c2", "country": "FR"}, \
				"devices": [{"model": "y", "releasedIn": 2.0e3}]}
				{"id": "u4", "name": "Dan", "employer": {"id": "c1"}, "devices": [{"model": "z"}]}
				""");
		Files.writeString(data.resolve("Order.jsonl"), """
				{"id": "o1", "customer": "u1", "amount": 2000}
				{"id": "o2", "customer": {"id": "u1", "name": "Ann", "employer": "c2"}, "amount": 3000}
				{"id": "o3", "customer": {"id": "u9", "name": "Zed", "employer": {"id": "c1", "country": "FR"}}, \
				"amount": 5}
				{"id": "o4", "customer": {"id": "u2", "name": "Bob", "employer": "c9"}, "amount": "1500"}
				{"id": "o5", "customer": "{\\"id\\": \\"u1\\"}", "amount": 1}
				{"id": "o6", "customer": {"name": "No key", "employer": "c1"}, "amount": 1}
				{"id": "o7", "customer": {"id": "u3", "name": "Eve", "employer": {"id": "c2", "country": "DE"}, \
				"devices": [{"model": "w", "releasedIn": 1999}]}, "amount": 1200}
				{"id": "o8", "customer": {"id": "u1", "name": "Ann", "name": "Bob", "employer": "c1"}, "amount": 1}
				""");

		assertThat(SparkTestSupport.assertSameAsTheCli(folder, "2024-01-01T00:00:00Z", 7)).containsExactly("data/Order.jsonl:8");
	}

	/**
	 * The Canal+ example with the prospect of every other message and consent nested in it, some of them with values
	 * of their own (a prospect named only there, another kind of person): the Spark findings equal the CLI's.
	 */
	@Test
	void canalPlusWithNestedProspectsGivesTheCliFindings() throws Exception {
		Path example = Path.of("../examples/canal-plus");
		Path folder = work.resolve("canal-plus");
		Path data = Files.createDirectories(folder.resolve("data"));
		Files.createDirectories(folder.resolve("rules"));
		try (var rules = Files.list(example.resolve("rules"))) {
			for (Path file : rules.toList()) {
				Files.copy(file, folder.resolve("rules").resolve(file.getFileName()));
			}
		}
		try (var files = Files.list(example.resolve("data"))) {
			for (Path file : files.toList()) {
				Files.copy(file, data.resolve(file.getFileName()));
			}
		}
		JsonMapper json = JsonMapper.builder().build();
		Map<String, ObjectNode> prospects = new HashMap<>();
		for (String line : Files.readAllLines(data.resolve("Prospect.jsonl"))) {
			ObjectNode prospect = (ObjectNode) json.readTree(line);
			prospects.put(prospect.get("id").asString(), prospect);
		}
		nest(json, data.resolve("MessageSend.jsonl"), "recipient", prospects);
		nest(json, data.resolve("Consent.jsonl"), "prospect", prospects);

		assertThat(SparkTestSupport.assertSameAsTheCli(folder, "2023-10-12T00:00:00Z", 100)).isEmpty();
	}

	/**
	 * Rewrites every other line of {@code file} with its reference {@code field} holding the referenced prospect
	 * nested; every sixth with a prospect of another kind than its file's, every tenth with one not in the file.
	 */
	private static void nest(JsonMapper json, Path file, String field, Map<String, ObjectNode> prospects)
			throws Exception {
		List<String> lines = new ArrayList<>();
		int n = 0;
		for (String line : Files.readAllLines(file)) {
			ObjectNode record = (ObjectNode) json.readTree(line);
			ObjectNode prospect = prospects.get(record.get(field).asString());
			if (n % 2 == 0 && prospect != null) {
				ObjectNode nested = prospect.deepCopy();
				if (n % 6 == 0) {
					nested.put("kind", "individual".equals(nested.get("kind").asString()) ? "business" : "individual");
				}
				if (n % 10 == 0) {
					nested.put("id", "nested-only-" + n);
				}
				record.set(field, nested);
			}
			lines.add(json.writeValueAsString(record));
			n++;
		}
		Files.write(file, lines);
	}
}
