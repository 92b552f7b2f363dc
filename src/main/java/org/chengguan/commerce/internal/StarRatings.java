package org.chengguan.commerce.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseSubject;
import org.chengguan.cases.Channel;
import org.chengguan.identity.Actor;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.UnprocessableException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Star ratings (星级文明户): rating periods, and the stars computed for every merchant when a leader closes a period
 * after its end — from the period's failed inspection items, cases and complaints about the merchant (the cases
 * module counts them), the signed agreement and the alliance's self-inspections, under the {@link RatingRules} of
 * that moment. A period is rated once: closing locks its row, so of two leaders closing it at once one is refused;
 * ratings of a period still open are refused, never shown half-made.
 */
@Service
public class StarRatings {

	private final JdbcClient jdbc;

	private final MerchantStore merchants;

	private final VisitStore visits;

	private final RatingRules rules;

	private final CaseManagement cases;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	StarRatings(JdbcClient jdbc, MerchantStore merchants, VisitStore visits, RatingRules rules, CaseManagement cases,
			Clock clock) {
		this.jdbc = jdbc;
		this.merchants = merchants;
		this.visits = visits;
		this.rules = rules;
		this.cases = cases;
		this.clock = clock;
	}

	/** A public entry: a starred shop's name and stars, nothing else. */
	public record PublicStar(long merchantId, String name, int stars) {
	}

	@Transactional
	public RatingPeriod open(Actor actor, String name, LocalDate startsOn, LocalDate endsOn) {
		CommerceAccess.requireConfigurer(actor);
		List<String> errors = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 50) {
			errors.add("name is required (at most 50 characters)");
		}
		if (startsOn == null || endsOn == null) {
			errors.add("startsOn and endsOn are required");
		}
		else if (endsOn.isBefore(startsOn)) {
			errors.add("endsOn lies before startsOn");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(String.join("; ", errors), errors);
		}
		try {
			long id = jdbc.sql("INSERT INTO commerce.rating_period (name, starts_on, ends_on) VALUES (?, ?, ?) RETURNING id")
				.params(name.strip(), startsOn, endsOn).query(Long.class).single();
			return period(id);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("a rating period is named " + name.strip() + " already");
		}
	}

	public List<RatingPeriod> periods() {
		return jdbc.sql("SELECT * FROM commerce.rating_period ORDER BY ends_on DESC, id DESC").query(this::periodRow).list();
	}

	public RatingPeriod period(long id) {
		return jdbc.sql("SELECT * FROM commerce.rating_period WHERE id = ?").param(id).query(this::periodRow).optional()
			.orElseThrow(() -> new NotFoundException("No rating period has the id " + id + "."));
	}

	/**
	 * Closes the period and rates every merchant (LEADER or ADMIN). 409 if it is closed already, 422 before its end;
	 * all ratings and the closing commit together.
	 */
	@Transactional
	public RatingPeriod close(Actor actor, long periodId) {
		CommerceAccess.requireConfigurer(actor);
		RatingPeriod period = jdbc.sql("SELECT * FROM commerce.rating_period WHERE id = ? FOR UPDATE").param(periodId)
			.query(this::periodRow).optional()
			.orElseThrow(() -> new NotFoundException("No rating period has the id " + periodId + "."));
		if (period.closed()) {
			throw new ConflictException("the period " + period.name() + " was closed and rated at " + period.closedAt());
		}
		LocalDate today = LocalDate.now(clock.withZone(Merchants.ZONE));
		if (!today.isAfter(period.endsOn())) {
			throw new UnprocessableException("The period " + period.name() + " runs until " + period.endsOn()
					+ ": it is rated after its end, not while it is still open.", List.of("period still open"));
		}
		Instant from = start(period.startsOn());
		Instant to = start(period.endsOn().plusDays(1));
		Map<String, Integer> now = rules.current();
		List<Merchant> all = merchants.all();
		Map<CaseSubject, Map<Channel, Long>> counts = cases.casesAboutBetween(
				all.stream().map(m -> CaseSubject.parse(m.reference())).toList(), from, to);
		for (Merchant m : all) {
			Map<Channel, Long> byChannel = counts.getOrDefault(CaseSubject.parse(m.reference()), Map.of());
			long complaints = byChannel.entrySet().stream().filter(e -> e.getKey().hasCitizenReporter())
				.mapToLong(Map.Entry::getValue).sum();
			long other = byChannel.values().stream().mapToLong(Long::longValue).sum() - complaints;
			boolean agreement = merchants.agreement(m.id()).filter(a -> !a.signedOn().isAfter(period.endsOn()))
				.isPresent();
			var outcome = StarScoring.score(now, new StarScoring.Facts(visits.failedItemsBetween(m.id(), from, to),
					other, complaints, agreement, allianceDuty(m, period)));
			jdbc.sql("INSERT INTO commerce.star_rating (period_id, merchant_id, score, stars, reasons) VALUES (?, ?, ?, ?, CAST(? AS jsonb))")
				.params(periodId, m.id(), outcome.score(), outcome.stars(), json.writeValueAsString(outcome.reasons()))
				.update();
		}
		jdbc.sql("UPDATE commerce.rating_period SET status = 'CLOSED', closed_at = ?, closed_by = ? WHERE id = ?")
			.params(Timestamp.from(clock.instant()), actor.userId(), periodId).update();
		return period(periodId);
	}

	/** Every merchant's rating in a closed period, best first; 409 for a period still open. */
	public List<StarRating> ratings(long periodId) {
		RatingPeriod period = period(periodId);
		if (!period.closed()) {
			throw new ConflictException("the period " + period.name() + " is still open: its stars are computed when "
					+ "a leader closes it after " + period.endsOn());
		}
		return ratingsWhere("r.period_id = ?", periodId);
	}

	/** The merchant's rating in the latest closed period that rated it. */
	public Optional<StarRating> latest(long merchantId) {
		return ratingsWhere("r.merchant_id = ?", merchantId).stream().findFirst();
	}

	/** The starred shops (3 stars and more) of the latest closed period: name and stars only. */
	public List<PublicStar> publicList() {
		return jdbc.sql("""
				SELECT m.id, m.name, r.stars FROM commerce.star_rating r JOIN commerce.merchant m ON m.id = r.merchant_id
				WHERE r.period_id = (SELECT id FROM commerce.rating_period WHERE status = 'CLOSED'
				                     ORDER BY ends_on DESC, id DESC LIMIT 1)
				  AND r.stars >= 3
				ORDER BY r.stars DESC, m.name, m.id""")
			.query((rs, n) -> new PublicStar(rs.getLong("id"), rs.getString("name"), rs.getInt("stars"))).list();
	}

	private boolean allianceDuty(Merchant m, RatingPeriod period) {
		return m.allianceId() != null && jdbc.sql("""
				SELECT count(*) FROM commerce.alliance_inspection
				WHERE alliance_id = ? AND inspected_on BETWEEN ? AND ?""")
			.params(m.allianceId(), period.startsOn(), period.endsOn()).query(Long.class).single() > 0;
	}

	private List<StarRating> ratingsWhere(String where, long param) {
		return jdbc.sql("""
				SELECT r.*, p.name AS period_name, p.starts_on, p.ends_on, m.name AS merchant_name
				FROM commerce.star_rating r JOIN commerce.rating_period p ON p.id = r.period_id
				JOIN commerce.merchant m ON m.id = r.merchant_id
				WHERE """ + " " + where + " ORDER BY p.ends_on DESC, r.score DESC, m.name")
			.param(param)
			.query((rs, n) -> new StarRating(rs.getLong("period_id"), rs.getString("period_name"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
					rs.getLong("merchant_id"), rs.getString("merchant_name"), rs.getInt("score"), rs.getInt("stars"),
					json.readValue(rs.getString("reasons"), new TypeReference<List<StarRating.Reason>>() {
					})))
			.list();
	}

	private RatingPeriod periodRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new RatingPeriod(rs.getLong("id"), rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("status"),
				rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant());
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(Merchants.ZONE).toInstant();
	}
}
