package org.chengguan.commerce.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The inspecting bodies (城管执法, 市场监管, 消防, 环保…) and their checklist items: commerce's own data. */
@Component
public class Checklists {

	/** A body whose checks a joint visit may carry. */
	public record Body(String code, String name, String englishName, List<Item> items) {
	}

	/** A checklist item; a failed one opens a case in {@code categoryCode} when the inspector asks. */
	public record Item(String code, String bodyCode, String name, String categoryCode) {
	}

	private final JdbcClient jdbc;

	Checklists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Body> bodies() {
		Map<String, List<Item>> items = jdbc.sql("SELECT * FROM commerce.checklist_item ORDER BY body_code, sort")
			.query((rs, n) -> new Item(rs.getString("code"), rs.getString("body_code"), rs.getString("name"),
					rs.getString("category_code")))
			.list().stream().collect(Collectors.groupingBy(Item::bodyCode));
		return jdbc.sql("SELECT * FROM commerce.inspection_body ORDER BY sort")
			.query((rs, n) -> new Body(rs.getString("code"), rs.getString("name"), rs.getString("english_name"),
					items.getOrDefault(rs.getString("code"), List.of())))
			.list();
	}

	public Map<String, Item> itemsByCode() {
		return bodies().stream().flatMap(b -> b.items().stream())
			.collect(Collectors.toMap(Item::code, Function.identity()));
	}

	public Optional<Body> body(String code) {
		return bodies().stream().filter(b -> b.code().equals(code)).findFirst();
	}
}
