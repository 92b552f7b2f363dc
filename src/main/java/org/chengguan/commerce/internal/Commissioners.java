package org.chengguan.commerce.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.regions.RegionDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Service commissioners for commercial complexes (城管服务专员): each assigned to a complex (商业综合体), with a visit
 * log (走访记录) of the merchants visited and the questions answered. The commissioner (their own account) or the
 * complex region's staff record visits; staff read them.
 */
@Service
public class Commissioners {

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	public record Complex(long id, String name, String address, String regionCode, GeoPoint location) {
	}

	public record Commissioner(long id, String name, String phone, Long userId, long complexId) {
	}

	public record QuestionAnswered(String question, String answer) {
	}

	public record CommissionerVisit(long id, long commissionerId, LocalDate visitedOn, Long merchantId,
			String summary, List<QuestionAnswered> questions, long recordedBy, Instant recordedAt) {
	}

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	private final MerchantStore merchants;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	Commissioners(JdbcClient jdbc, RegionDirectory regions, MerchantStore merchants, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.merchants = merchants;
		this.clock = clock;
	}

	@Transactional
	public Complex createComplex(Actor actor, String name, String address, Double lat, Double lon) {
		if (name == null || name.isBlank() || lat == null || lon == null) {
			throw new InvalidInputException("name, lat and lon are required");
		}
		GeoPoint at;
		try {
			at = new GeoPoint(lat, lon);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("lat and lon must be WGS-84 degrees: " + e.getMessage());
		}
		String region = regions.locate(at).map(l -> l.finest().code()).orElseThrow(() -> new UnprocessableException(
				"The point lies outside the city.", List.of("location outside the city")));
		CommerceAccess.requireManager(actor, region);
		try {
			long id = jdbc.sql("""
					INSERT INTO commerce.complex (name, address, region_code, lat, lon) VALUES (?, ?, ?, ?, ?)
					RETURNING id""").params(name.strip(), address == null ? "" : address.strip(), region, lat, lon)
				.query(Long.class).single();
			return complex(id);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("a complex is named " + name.strip() + " already");
		}
	}

	public Complex complex(long id) {
		return jdbc.sql("SELECT * FROM commerce.complex WHERE id = ?").param(id).query(this::complexRow).optional()
			.orElseThrow(() -> new NotFoundException("No complex has the id " + id + "."));
	}

	public List<Complex> complexesWithin(String regionCode) {
		return jdbc.sql("SELECT * FROM commerce.complex WHERE region_code LIKE ? || '%' ORDER BY name")
			.param(regionCode).query(this::complexRow).list();
	}

	@Transactional
	public Commissioner assign(Actor actor, long complexId, String name, String phone, Long userId) {
		Complex c = complex(complexId);
		CommerceAccess.requireManager(actor, c.regionCode());
		List<String> errors = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 50) {
			errors.add("name is required (at most 50 characters)");
		}
		if (phone == null || !MOBILE.matcher(phone.strip()).matches()) {
			errors.add("phone is a mobile number of 11 digits");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(String.join("; ", errors), errors);
		}
		try {
			long id = jdbc.sql("""
					INSERT INTO commerce.commissioner (name, phone, user_id, complex_id) VALUES (?, ?, ?, ?)
					RETURNING id""").params(name.strip(), phone.strip(), userId, complexId).query(Long.class).single();
			return commissioner(id);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException(name.strip() + " serves this complex already");
		}
	}

	public Commissioner commissioner(long id) {
		return jdbc.sql("SELECT * FROM commerce.commissioner WHERE id = ?").param(id).query(this::commissionerRow)
			.optional().orElseThrow(() -> new NotFoundException("No commissioner has the id " + id + "."));
	}

	public List<Commissioner> within(String regionCode) {
		return jdbc.sql("""
				SELECT s.* FROM commerce.commissioner s JOIN commerce.complex c ON c.id = s.complex_id
				WHERE c.region_code LIKE ? || '%' ORDER BY c.name, s.name""")
			.param(regionCode).query(this::commissionerRow).list();
	}

	public Optional<Commissioner> ofUser(long userId) {
		return jdbc.sql("SELECT * FROM commerce.commissioner WHERE user_id = ? ORDER BY id LIMIT 1").param(userId)
			.query(this::commissionerRow).optional();
	}

	/** Logs a visit: by the commissioner's own account or staff managing the complex's region. */
	@Transactional
	public CommissionerVisit logVisit(Actor actor, long commissionerId, LocalDate visitedOn, Long merchantId,
			String summary, List<QuestionAnswered> questions) {
		Commissioner s = commissioner(commissionerId);
		Complex c = complex(s.complexId());
		if (s.userId() == null || s.userId() != actor.userId()) {
			CommerceAccess.requireManager(actor, c.regionCode());
		}
		List<String> errors = new ArrayList<>();
		if (visitedOn == null) {
			errors.add("visitedOn is required");
		}
		else if (visitedOn.isAfter(LocalDate.now(clock.withZone(Merchants.ZONE)))) {
			errors.add("visitedOn lies in the future");
		}
		if (summary == null || summary.isBlank() || summary.length() > 2000) {
			errors.add("summary is required (at most 2000 characters)");
		}
		List<QuestionAnswered> asked = questions == null ? List.of() : questions;
		for (QuestionAnswered q : asked) {
			if (q == null || q.question() == null || q.question().isBlank()) {
				errors.add("each question needs its text");
			}
		}
		if (merchantId != null && merchants.find(merchantId).isEmpty()) {
			errors.add("merchant " + merchantId + " does not exist");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(String.join("; ", errors), errors);
		}
		long id = jdbc.sql("""
				INSERT INTO commerce.commissioner_visit (commissioner_id, visited_on, merchant_id, summary, questions,
				    recorded_by, recorded_at) VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?) RETURNING id""")
			.params(commissionerId, visitedOn, merchantId, summary.strip(), json.writeValueAsString(asked),
					actor.userId(), Timestamp.from(clock.instant()))
			.query(Long.class).single();
		return visits(commissionerId).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
	}

	/** The visit log, newest first; staff of the complex's region or the commissioner themselves. */
	public List<CommissionerVisit> visits(Actor actor, long commissionerId) {
		Commissioner s = commissioner(commissionerId);
		if ((s.userId() == null || s.userId() != actor.userId())
				&& !CommerceAccess.reads(actor, complex(s.complexId()).regionCode())) {
			throw new ForbiddenException("a commissioner's log is shown to staff of the complex's region");
		}
		return visits(commissionerId);
	}

	private List<CommissionerVisit> visits(long commissionerId) {
		return jdbc.sql("SELECT * FROM commerce.commissioner_visit WHERE commissioner_id = ? ORDER BY visited_on DESC, id DESC")
			.param(commissionerId)
			.query((rs, n) -> new CommissionerVisit(rs.getLong("id"), rs.getLong("commissioner_id"),
					rs.getObject("visited_on", LocalDate.class), (Long) rs.getObject("merchant_id"),
					rs.getString("summary"), json.readValue(rs.getString("questions"),
							new TypeReference<List<QuestionAnswered>>() {
							}),
					rs.getLong("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private Complex complexRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Complex(rs.getLong("id"), rs.getString("name"), rs.getString("address"), rs.getString("region_code"),
				new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")));
	}

	private Commissioner commissionerRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Commissioner(rs.getLong("id"), rs.getString("name"), rs.getString("phone"),
				(Long) rs.getObject("user_id"), rs.getLong("complex_id"));
	}
}
