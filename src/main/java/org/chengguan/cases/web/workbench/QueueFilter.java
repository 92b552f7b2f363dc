package org.chengguan.cases.web.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.chengguan.cases.CaseStatus;
import org.chengguan.identity.Actor;

/**
 * The workbench's list as the filters ask for it: a queue, or a search by (the end of) a case number; narrowed by
 * category, region (within the user's scope) and status. Unreadable values are ignored rather than refused.
 */
record QueueFilter(Queue queue, String number, String category, String region, CaseStatus status, int page) {

	static final int PAGE_SIZE = 20;

	static QueueFilter parse(Actor actor, String queue, String number, String category, String region, String status,
			Integer page) {
		String digits = number == null ? "" : number.replaceAll("\\D", "");
		String regionCode = region == null || !region.strip().matches("\\d{4,15}") ? null : region.strip();
		CaseStatus wanted = Arrays.stream(CaseStatus.values())
			.filter(s -> s.name().equalsIgnoreCase(status == null ? "" : status.strip()))
			.findFirst()
			.orElse(null);
		return new QueueFilter(Queue.parse(queue, actor), digits.isEmpty() ? null : digits,
				category == null || category.isBlank() ? null : category.strip(), regionCode, wanted,
				page == null || page < 0 ? 0 : page);
	}

	public boolean searchesNumber() {
		return number != null;
	}

	/** The filters as a query string, for the links and the live refresh of this list. */
	public String query() {
		return query(page);
	}

	/** The same filters on another page. */
	public String query(int otherPage) {
		StringBuilder query = new StringBuilder("queue=").append(queue.name());
		append(query, "number", number);
		append(query, "category", category);
		append(query, "region", region);
		append(query, "status", status == null ? null : status.name());
		if (otherPage > 0) {
			append(query, "page", String.valueOf(otherPage));
		}
		return query.toString();
	}

	/** The counts' query: only the region narrows them. */
	public String countsQuery() {
		StringBuilder query = new StringBuilder("queue=").append(queue.name());
		append(query, "region", region);
		return query.toString();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (value != null) {
			query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}
}
