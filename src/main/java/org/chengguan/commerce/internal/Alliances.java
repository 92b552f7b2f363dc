package org.chengguan.commerce.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengguan.identity.Actor;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.UnprocessableException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merchant alliances (商户自治联盟): a group of merchants of a street or complex with a head merchant (盟长) and its
 * rules (公约), and the alliance's own self-inspections (自查), which the head merchant's owner or the region's staff
 * record. A self-inspection in a rating period counts as the alliance's duty kept for each member's stars.
 */
@Service
public class Alliances {

	public record Alliance(long id, String name, String regionCode, Long headMerchantId, String rules,
			Instant createdAt) {
	}

	public record SelfInspection(long id, long allianceId, LocalDate inspectedOn, int merchantsChecked,
			int problemsFound, String findings, long recordedBy, Instant recordedAt) {
	}

	private final JdbcClient jdbc;

	private final MerchantStore merchants;

	private final Clock clock;

	Alliances(JdbcClient jdbc, MerchantStore merchants, Clock clock) {
		this.jdbc = jdbc;
		this.merchants = merchants;
		this.clock = clock;
	}

	/** Forms an alliance of merchants of the region, the head among them; 422 for a member outside the region. */
	@Transactional
	public Alliance create(Actor actor, String name, String regionCode, long headMerchantId, List<Long> memberIds,
			String rules) {
		List<String> errors = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			errors.add("name is required (at most 100 characters)");
		}
		if (regionCode == null || regionCode.isBlank()) {
			errors.add("regionCode is required: the street or community of the alliance");
		}
		if (rules != null && rules.length() > 4000) {
			errors.add("rules have at most 4000 characters");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(String.join("; ", errors), errors);
		}
		CommerceAccess.requireManager(actor, regionCode.strip());
		List<Long> members = new ArrayList<>(memberIds == null ? List.of() : memberIds);
		if (!members.contains(headMerchantId)) {
			members.add(0, headMerchantId);
		}
		// members' rows locked in id order: of two alliances taking the same shop at once, the second sees it taken
		for (long id : members.stream().sorted().distinct().toList()) {
			Merchant m = merchants.lock(id).orElseThrow(() -> new UnprocessableException(
					"No merchant has the id " + id + ".", List.of("merchant " + id + " does not exist")));
			if (!m.regionCode().startsWith(regionCode.strip())) {
				throw new UnprocessableException("Merchant " + m.name() + " lies outside the alliance's region "
						+ regionCode, List.of("merchant " + id + " outside the region"));
			}
			if (m.allianceId() != null) {
				throw new ConflictException("Merchant " + m.name() + " belongs to alliance " + m.allianceId()
						+ " already");
			}
		}
		long id;
		try {
			id = jdbc.sql("""
					INSERT INTO commerce.alliance (name, region_code, head_merchant_id, rules, created_at)
					VALUES (?, ?, ?, ?, ?) RETURNING id""")
				.params(name.strip(), regionCode.strip(), headMerchantId, rules == null ? "" : rules.strip(),
						Timestamp.from(clock.instant()))
				.query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("an alliance is named " + name.strip() + " already");
		}
		members.stream().distinct().forEach(m -> merchants.joinAlliance(m, id));
		return find(id).orElseThrow();
	}

	public Optional<Alliance> find(long id) {
		return jdbc.sql("SELECT * FROM commerce.alliance WHERE id = ?").param(id).query(this::alliance).optional();
	}

	public Alliance require(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("No alliance has the id " + id + "."));
	}

	/** The alliance as staff of its region or a member's owner may see it. */
	public Alliance get(Actor actor, long id) {
		Alliance a = require(id);
		if (!CommerceAccess.reads(actor, a.regionCode()) && !isMembersOwner(actor, a)) {
			throw new ForbiddenException("an alliance is shown to staff of its region and to its members' owners");
		}
		return a;
	}

	public List<Alliance> within(String regionCode) {
		return jdbc.sql("SELECT * FROM commerce.alliance WHERE region_code LIKE ? || '%' ORDER BY name")
			.param(regionCode).query(this::alliance).list();
	}

	public List<Merchant> members(long allianceId) {
		return merchants.inAlliance(allianceId);
	}

	/** Records a self-inspection: by the head merchant's owner or staff managing the region. */
	@Transactional
	public SelfInspection recordSelfInspection(Actor actor, long allianceId, LocalDate inspectedOn,
			Integer merchantsChecked, Integer problemsFound, String findings) {
		Alliance a = require(allianceId);
		boolean head = a.headMerchantId() != null && merchants.find(a.headMerchantId())
			.map(m -> m.ownerUserId() != null && m.ownerUserId() == actor.userId()).orElse(false);
		if (!head) {
			CommerceAccess.requireManager(actor, a.regionCode());
		}
		List<String> errors = new ArrayList<>();
		if (inspectedOn == null) {
			errors.add("inspectedOn is required");
		}
		else if (inspectedOn.isAfter(LocalDate.now(clock.withZone(Merchants.ZONE)))) {
			errors.add("inspectedOn lies in the future");
		}
		if (merchantsChecked == null || merchantsChecked < 0) {
			errors.add("merchantsChecked is required, 0 or more");
		}
		if (problemsFound == null || problemsFound < 0) {
			errors.add("problemsFound is required, 0 or more");
		}
		if (findings != null && findings.length() > 2000) {
			errors.add("findings have at most 2000 characters");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(String.join("; ", errors), errors);
		}
		long id = jdbc.sql("""
				INSERT INTO commerce.alliance_inspection (alliance_id, inspected_on, merchants_checked, problems_found,
				    findings, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(allianceId, inspectedOn, merchantsChecked, problemsFound, findings == null ? "" : findings.strip(),
					actor.userId(), Timestamp.from(clock.instant()))
			.query(Long.class).single();
		return selfInspections(allianceId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
	}

	public List<SelfInspection> selfInspections(long allianceId) {
		return jdbc.sql("SELECT * FROM commerce.alliance_inspection WHERE alliance_id = ? ORDER BY inspected_on DESC, id DESC")
			.param(allianceId)
			.query((rs, n) -> new SelfInspection(rs.getLong("id"), rs.getLong("alliance_id"),
					rs.getObject("inspected_on", LocalDate.class), rs.getInt("merchants_checked"),
					rs.getInt("problems_found"), rs.getString("findings"), rs.getLong("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private boolean isMembersOwner(Actor actor, Alliance a) {
		return merchants.inAlliance(a.id()).stream()
			.anyMatch(m -> m.ownerUserId() != null && m.ownerUserId() == actor.userId());
	}

	private Alliance alliance(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Alliance(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"),
				(Long) rs.getObject("head_merchant_id"), rs.getString("rules"), rs.getTimestamp("created_at").toInstant());
	}
}
