package org.chengguan.facilities.displays;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.internal.GaussKruger;
import org.chengguan.facilities.internal.SearchGrams;
import org.chengguan.geo.GeoPoint;
import org.chengguan.platform.ConflictException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The repository of {@link OutdoorDisplay}: one row per application, written over the version read. The exclusion
 * constraint {@value #NO_OVERLAP} (V706) refuses two approved displays sharing area on a common day.
 */
@Repository
class OutdoorDisplayStore {

	static final String NO_OVERLAP = "outdoor_display_no_overlap";

	private static final String SELECT = "SELECT id, version, applicant_id, shop_name, licence_no, shop_address, "
			+ "contact_phone, shop_lat, shop_lon, street_code, community_code, zone::text AS zone, area_m2, date_from, "
			+ "date_to, daily_hours, displayed, state, reason, applied_at, decided_by, decided_at, facility_id "
			+ "FROM facilities.outdoor_display";

	private final JdbcClient jdbc;

	OutdoorDisplayStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(OutdoorDisplay d, DisplayZone zone) {
		return jdbc.sql("""
				INSERT INTO facilities.outdoor_display (applicant_id, shop_name, licence_no, shop_address, contact_phone,
				    shop_lat, shop_lon, street_code, community_code, zone, zone_core, area_m2, date_from, date_to,
				    daily_hours, displayed, state, applied_at)
				VALUES (:applicant, :shop, :licence, :address, :phone, :lat, :lon, :street, :community, :zone::jsonb,
				    :core::polygon, :area, :from, :to, :hours, :displayed, 'PENDING', :at)
				RETURNING id""")
			.param("applicant", d.applicantId())
			.param("shop", d.shopName())
			.param("licence", d.licenceNumber())
			.param("address", d.shopAddress())
			.param("phone", d.contactPhone())
			.param("lat", d.shop().lat())
			.param("lon", d.shop().lon())
			.param("street", d.streetCode())
			.param("community", d.communityCode())
			.param("zone", zone.geoJson())
			.param("core", zone.core())
			.param("area", zone.areaSquareMetres())
			.param("from", d.from())
			.param("to", d.to())
			.param("hours", d.dailyHours())
			.param("displayed", d.displayed())
			.param("at", Timestamp.from(d.appliedAt()))
			.query(Long.class)
			.single();
	}

	/** How many approved displays share area with the zone on a day of the period (a read; the constraint decides). */
	int overlappingApproved(DisplayZone zone, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT count(*) FROM facilities.outdoor_display
				WHERE state = 'APPROVED' AND zone_core && :core::polygon
				  AND daterange(date_from, date_to, '[]') && daterange(:from, :to, '[]')""")
			.param("core", zone.core())
			.param("from", from)
			.param("to", to)
			.query(Integer.class)
			.single();
	}

	/**
	 * Writes a decision over the version read; false when the row moved on (nothing written).
	 *
	 * @throws ConflictException if an approved display shares area with this one on a common day
	 */
	boolean update(OutdoorDisplay d) {
		try {
			return jdbc.sql("""
					UPDATE facilities.outdoor_display SET state = :state, reason = :reason, decided_by = :by,
					    decided_at = :at, facility_id = :facility, version = version + 1
					WHERE id = :id AND version = :version""")
				.param("state", d.state().name())
				.param("reason", d.reason())
				.param("by", d.decidedBy())
				.param("at", d.decidedAt() == null ? null : Timestamp.from(d.decidedAt()))
				.param("facility", d.facilityId())
				.param("id", d.id())
				.param("version", d.version())
				.update() == 1;
		}
		catch (DataAccessException e) {
			for (Throwable t = e; t != null; t = t.getCause()) {
				if (t instanceof SQLException sql && "23P01".equals(sql.getSQLState()) && String.valueOf(sql.getMessage())
					.contains(NO_OVERLAP)) {
					throw new ConflictException("The zone overlaps an approved outdoor display for a day of this period; "
							+ "only one display is given a piece of pavement at a time.");
				}
			}
			throw e;
		}
	}

	/** Puts the approved display on the public map: an OUTDOOR_DISPLAY facility open only in its period. */
	long addFacility(OutdoorDisplay d, GeoPoint centre) {
		double[] p = GaussKruger.project(centre.lat(), centre.lon());
		String name = d.shopName() + " 特色外摆";
		return jdbc.sql("""
				INSERT INTO facilities.facility (code, name, type, lat, lon, pos, address, street_code, community_code,
				    hours, always_open, features, goods, search_grams, updated_at)
				VALUES (:code, :name, :type, :lat, :lon, point(:x, :y), :address, :street, :community, :hours, false,
				    '{}', ARRAY[:displayed], :grams::text[], :at)
				RETURNING id""")
			.param("code", "DISPLAY-" + d.id())
			.param("name", name)
			.param("type", FacilityType.OUTDOOR_DISPLAY.name())
			.param("lat", centre.lat())
			.param("lon", centre.lon())
			.param("x", p[0])
			.param("y", p[1])
			.param("address", d.shopAddress())
			.param("street", d.streetCode())
			.param("community", d.communityCode())
			.param("hours", d.facilityHours())
			.param("displayed", d.displayed())
			.param("grams", literal(SearchGrams.of(name, d.shopAddress())))
			.param("at", Timestamp.from(d.decidedAt()))
			.query(Long.class)
			.single();
	}

	Optional<OutdoorDisplay> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((rs, n) -> display(rs)).optional();
	}

	List<OutdoorDisplay> byApplicant(long applicantId, int limit) {
		return jdbc.sql(SELECT + " WHERE applicant_id = ? ORDER BY id DESC LIMIT ?").params(applicantId, limit)
			.query((rs, n) -> display(rs)).list();
	}

	List<OutdoorDisplay> inStreets(String prefix, OutdoorDisplayState state, int limit) {
		String order = state == OutdoorDisplayState.PENDING ? " ORDER BY applied_at, id"
				: " ORDER BY decided_at DESC NULLS LAST, id DESC";
		var query = jdbc.sql(SELECT + " WHERE starts_with(street_code, :prefix)"
				+ (state == null ? "" : " AND state = :state") + order + " LIMIT :limit")
			.param("prefix", prefix)
			.param("limit", limit);
		if (state != null) {
			query = query.param("state", state.name());
		}
		return query.query((rs, n) -> display(rs)).list();
	}

	private static OutdoorDisplay display(ResultSet rs) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new OutdoorDisplay(rs.getLong("id"), rs.getInt("version"), rs.getLong("applicant_id"),
				rs.getString("shop_name"), rs.getString("licence_no"), rs.getString("shop_address"),
				rs.getString("contact_phone"), new GeoPoint(rs.getDouble("shop_lat"), rs.getDouble("shop_lon")),
				rs.getString("street_code"), rs.getString("community_code"), rs.getString("zone"),
				rs.getDouble("area_m2"), rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class),
				rs.getString("daily_hours"), rs.getString("displayed"), OutdoorDisplayState.valueOf(rs.getString("state")),
				rs.getString("reason"), rs.getTimestamp("applied_at").toInstant(), (Long) rs.getObject("decided_by"),
				decidedAt == null ? null : decidedAt.toInstant(), (Long) rs.getObject("facility_id"));
	}

	private static String literal(String[] values) {
		StringBuilder out = new StringBuilder("{");
		for (int i = 0; i < values.length; i++) {
			out.append(i == 0 ? "" : ",").append('"').append(values[i].replace("\\", "\\\\").replace("\"", "\\\""))
				.append('"');
		}
		return out.append('}').toString();
	}
}
