package org.chengguan.commerce.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chengguan.identity.Actor;
import org.chengguan.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The star rating's scoring rules (评分规则), as configuration: a base score, points per failed inspection item,
 * per case about the merchant (from patrols and inspections), per complaint (citizens' reports about it), for a
 * signed storefront agreement and for an alliance that kept its self-inspection duty; and the lowest score of 5, 4, 3
 * and 2 stars (below the last: 1 star).
 */
@Service
public class RatingRules {

	public static final List<String> CODES = List.of("BASE", "FAILED_ITEM", "CASE", "COMPLAINT", "AGREEMENT",
			"ALLIANCE_DUTY", "STARS_5", "STARS_4", "STARS_3", "STARS_2");

	private final JdbcClient jdbc;

	private final Clock clock;

	RatingRules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The rules by code, in {@link #CODES} order. */
	public Map<String, Integer> current() {
		Map<String, Integer> stored = new LinkedHashMap<>();
		jdbc.sql("SELECT code, points FROM commerce.rating_rule").query(rs -> {
			stored.put(rs.getString("code"), rs.getInt("points"));
		});
		Map<String, Integer> ordered = new LinkedHashMap<>();
		CODES.forEach(c -> ordered.put(c, stored.get(c)));
		return ordered;
	}

	/** Changes some rules (LEADER or ADMIN); 400 unless the result is coherent, and nothing saved. */
	@Transactional
	public Map<String, Integer> update(Actor actor, Map<String, Integer> changes) {
		CommerceAccess.requireConfigurer(actor);
		List<String> errors = new ArrayList<>();
		Map<String, Integer> next = current();
		changes.forEach((code, points) -> {
			if (!CODES.contains(code)) {
				errors.add("rule " + code + " is none of " + CODES);
			}
			else if (points == null) {
				errors.add("rule " + code + " needs points");
			}
			else {
				next.put(code, points);
			}
		});
		if (next.get("BASE") < 0 || next.get("BASE") > 100) {
			errors.add("BASE is 0–100");
		}
		for (String c : List.of("FAILED_ITEM", "CASE", "COMPLAINT")) {
			if (next.get(c) > 0) {
				errors.add(c + " deducts: 0 or less");
			}
		}
		if (!(next.get("STARS_5") > next.get("STARS_4") && next.get("STARS_4") > next.get("STARS_3")
				&& next.get("STARS_3") > next.get("STARS_2"))) {
			errors.add("the star thresholds fall from STARS_5 to STARS_2");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(String.join("; ", errors), errors);
		}
		next.forEach((code, points) -> jdbc.sql(
				"UPDATE commerce.rating_rule SET points = ?, updated_by = ?, updated_at = ? WHERE code = ? AND points <> ?")
			.params(points, actor.userId(), Timestamp.from(clock.instant()), code, points).update());
		return current();
	}
}
