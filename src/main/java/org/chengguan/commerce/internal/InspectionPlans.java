package org.chengguan.commerce.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.identity.Actor;
import org.chengguan.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inspection plans (检查计划): which bodies' checks go on one visit to the merchants of a region, and when. */
@Service
public class InspectionPlans {

	public record Plan(long id, String name, String regionCode, List<String> bodyCodes, LocalDate startsOn,
			LocalDate endsOn, long createdBy, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final Checklists checklists;

	private final Clock clock;

	InspectionPlans(JdbcClient jdbc, Checklists checklists, Clock clock) {
		this.jdbc = jdbc;
		this.checklists = checklists;
		this.clock = clock;
	}

	@Transactional
	public Plan create(Actor actor, String name, String regionCode, List<String> bodyCodes, LocalDate startsOn,
			LocalDate endsOn) {
		List<String> errors = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			errors.add("name is required (at most 100 characters)");
		}
		if (regionCode == null || regionCode.isBlank()) {
			errors.add("regionCode is required");
		}
		Set<String> known = checklists.bodies().stream().map(Checklists.Body::code).collect(Collectors.toSet());
		Set<String> bodies = new LinkedHashSet<>(bodyCodes == null ? List.of() : bodyCodes);
		if (bodies.size() < 2) {
			errors.add("a joint plan puts the checks of at least two bodies on one visit: bodyCodes among " + known);
		}
		bodies.stream().filter(b -> !known.contains(b)).forEach(b -> errors.add("bodyCode " + b + " is unknown"));
		if (startsOn == null || endsOn == null) {
			errors.add("startsOn and endsOn are required");
		}
		else if (endsOn.isBefore(startsOn)) {
			errors.add("endsOn lies before startsOn");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(String.join("; ", errors), errors);
		}
		CommerceAccess.requireManager(actor, regionCode.strip());
		long id = jdbc.sql("""
				INSERT INTO commerce.inspection_plan (name, region_code, body_codes, starts_on, ends_on, created_by,
				    created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(name.strip(), regionCode.strip(), bodies.toArray(String[]::new), startsOn, endsOn, actor.userId(),
					Timestamp.from(clock.instant()))
			.query(Long.class).single();
		return find(id).orElseThrow();
	}

	public Optional<Plan> find(long id) {
		return jdbc.sql("SELECT * FROM commerce.inspection_plan WHERE id = ?").param(id).query((rs, n) -> new Plan(
				rs.getLong("id"), rs.getString("name"), rs.getString("region_code"),
				Arrays.asList(MerchantStore.strings(rs.getArray("body_codes"))),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	/** Plans covering a region the actor sees: those of its parents and of its parts. */
	public List<Plan> within(String regionCode) {
		return jdbc.sql("""
				SELECT id FROM commerce.inspection_plan
				WHERE region_code LIKE ? || '%' OR ? LIKE region_code || '%'
				ORDER BY starts_on DESC, id DESC LIMIT 200""")
			.params(regionCode, regionCode).query(Long.class).list().stream()
			.map(id -> find(id).orElseThrow()).toList();
	}
}
