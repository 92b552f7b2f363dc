package org.chengguan.commerce.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.chengguan.geo.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The merchants' rows and their agreements (schema {@code commerce}). */
@Repository
public class MerchantStore {

	private final JdbcClient jdbc;

	MerchantStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a new or edited merchant row holds besides its id, creation time and version. */
	public record Row(String name, String licenceNumber, String businessCategory, String ownerName, String ownerPhone,
			String ownerIdNumber, Long ownerUserId, String address, GeoPoint location, String regionCode,
			String communityCode, String streetCode, String frontage, Integer frontageMetres, Long complexId) {
	}

	long insert(Row row, Instant now) {
		return jdbc.sql("""
				INSERT INTO commerce.merchant (name, licence_number, business_category, owner_name, owner_phone,
				    owner_id_number, owner_user_id, address, lat, lon, region_code, community_code, street_code,
				    frontage, frontage_metres, complex_id, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(row.name(), row.licenceNumber(), row.businessCategory(), row.ownerName(), row.ownerPhone(),
					row.ownerIdNumber(), row.ownerUserId(), row.address(), row.location().lat(), row.location().lon(),
					row.regionCode(), row.communityCode(), row.streetCode(), row.frontage(), row.frontageMetres(),
					row.complexId(), Timestamp.from(now))
			.query(Long.class).single();
	}

	/** Updates the row if it is still at {@code version}; false if someone changed it meanwhile. */
	boolean update(long id, int version, Row row) {
		return jdbc.sql("""
				UPDATE commerce.merchant SET name = ?, licence_number = ?, business_category = ?, owner_name = ?,
				    owner_phone = ?, owner_id_number = ?, owner_user_id = ?, address = ?, lat = ?, lon = ?,
				    region_code = ?, community_code = ?, street_code = ?, frontage = ?, frontage_metres = ?,
				    complex_id = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(row.name(), row.licenceNumber(), row.businessCategory(), row.ownerName(), row.ownerPhone(),
					row.ownerIdNumber(), row.ownerUserId(), row.address(), row.location().lat(), row.location().lon(),
					row.regionCode(), row.communityCode(), row.streetCode(), row.frontage(), row.frontageMetres(),
					row.complexId(), id, version)
			.update() == 1;
	}

	public Optional<Merchant> find(long id) {
		return jdbc.sql("SELECT * FROM commerce.merchant WHERE id = ?").param(id).query(MerchantStore::merchant)
			.optional();
	}

	/** The merchant, its row locked until the transaction ends: one visit at a time passes the interval rule. */
	Optional<Merchant> lock(long id) {
		return jdbc.sql("SELECT * FROM commerce.merchant WHERE id = ? FOR UPDATE").param(id)
			.query(MerchantStore::merchant).optional();
	}

	public boolean licenceTaken(String licenceNumber, long exceptId) {
		return jdbc.sql("SELECT count(*) FROM commerce.merchant WHERE licence_number = ? AND id <> ?")
			.params(licenceNumber, exceptId).query(Long.class).single() > 0;
	}

	/** Merchants whose region lies in {@code regionPrefix} (all if null), whose name or address contains q. */
	public List<Merchant> list(String regionPrefix, String q, int limit) {
		String like = q == null || q.isBlank() ? null : "%" + q.strip().replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("""
				SELECT * FROM commerce.merchant
				WHERE (CAST(? AS text) IS NULL OR region_code LIKE ? || '%')
				  AND (CAST(? AS text) IS NULL OR name LIKE ? OR address LIKE ?)
				ORDER BY name, id LIMIT ?""")
			.params(regionPrefix, regionPrefix, like, like, like, limit).query(MerchantStore::merchant).list();
	}

	public List<Merchant> ownedBy(long userId) {
		return jdbc.sql("SELECT * FROM commerce.merchant WHERE owner_user_id = ? ORDER BY id").param(userId)
			.query(MerchantStore::merchant).list();
	}

	public List<Merchant> all() {
		return jdbc.sql("SELECT * FROM commerce.merchant ORDER BY id").query(MerchantStore::merchant).list();
	}

	public List<Merchant> inAlliance(long allianceId) {
		return jdbc.sql("SELECT * FROM commerce.merchant WHERE alliance_id = ? ORDER BY name").param(allianceId)
			.query(MerchantStore::merchant).list();
	}

	void joinAlliance(long merchantId, Long allianceId) {
		jdbc.sql("UPDATE commerce.merchant SET alliance_id = ?, version = version + 1 WHERE id = ?")
			.params(allianceId, merchantId).update();
	}

	void saveAgreement(long merchantId, Agreement agreement) {
		jdbc.sql("""
				INSERT INTO commerce.storefront_agreement (merchant_id, signed_on, duties, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (merchant_id) DO UPDATE SET signed_on = EXCLUDED.signed_on, duties = EXCLUDED.duties,
				    recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at""")
			.params(merchantId, agreement.signedOn(),
					agreement.duties().stream().map(Enum::name).toArray(String[]::new), agreement.recordedBy(),
					Timestamp.from(agreement.recordedAt()))
			.update();
	}

	public Optional<Agreement> agreement(long merchantId) {
		return jdbc.sql("SELECT * FROM commerce.storefront_agreement WHERE merchant_id = ?").param(merchantId)
			.query((rs, n) -> new Agreement(rs.getObject("signed_on", java.time.LocalDate.class),
					Arrays.stream(strings(rs.getArray("duties"))).map(Duty::valueOf).toList(), rs.getLong("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.optional();
	}

	static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	private static Merchant merchant(ResultSet rs, int n) throws SQLException {
		return new Merchant(rs.getLong("id"), rs.getString("name"), rs.getString("licence_number"),
				rs.getString("business_category"), rs.getString("owner_name"), rs.getString("owner_phone"),
				rs.getString("owner_id_number"), (Long) rs.getObject("owner_user_id"), rs.getString("address"),
				new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), rs.getString("region_code"),
				rs.getString("community_code"), rs.getString("street_code"), rs.getString("frontage"),
				(Integer) rs.getObject("frontage_metres"), (Long) rs.getObject("complex_id"),
				(Long) rs.getObject("alliance_id"), rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}
}
