package org.chengguan.campaigns.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.chengguan.campaigns.Campaign;
import org.chengguan.campaigns.CampaignDraft;
import org.chengguan.campaigns.Target;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The campaigns' rows ({@code campaigns.campaign}): one statement per read or write. */
@Repository
public class CampaignStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Target>> TARGETS = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, name, description, categories, regions, start_date, end_date, targets::text,"
			+ " published, version, created_by, created_at, updated_at";

	private final JdbcClient jdbc;

	CampaignStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(CampaignDraft d, long by, Instant now) {
		return jdbc.sql("""
				INSERT INTO campaigns.campaign (name, description, categories, regions, start_date, end_date, targets,
				    published, created_by, created_at, updated_by, updated_at)
				VALUES (:name, :description, :categories, :regions, :start, :end, :targets::jsonb, :published, :by, :now,
				    :by, :now)
				RETURNING id""")
			.params(params(d))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** Writes the draft over the version read; false if the version is no longer the current one. */
	public boolean update(long id, int expectedVersion, CampaignDraft d, long by, Instant now) {
		return jdbc.sql("""
				UPDATE campaigns.campaign SET name = :name, description = :description, categories = :categories,
				    regions = :regions, start_date = :start, end_date = :end, targets = :targets::jsonb,
				    published = :published, version = version + 1, updated_by = :by, updated_at = :now
				WHERE id = :id AND version = :version""")
			.params(params(d))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	private static java.util.Map<String, Object> params(CampaignDraft d) {
		return java.util.Map.of("name", d.name().strip(), "description",
				d.description() == null ? "" : d.description().strip(), "categories",
				d.categories().stream().distinct().sorted().toArray(String[]::new), "regions",
				d.regions().stream().distinct().sorted().toArray(String[]::new), "start", d.startDate(), "end",
				d.endDate(), "targets", JSON.writeValueAsString(d.targets()), "published",
				Boolean.TRUE.equals(d.published()));
	}

	public Optional<Campaign> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM campaigns.campaign WHERE id = ?")
			.param(id)
			.query(CampaignStore::campaign)
			.optional();
	}

	/** Every campaign, the latest start first. */
	public List<Campaign> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM campaigns.campaign ORDER BY start_date DESC, id DESC")
			.query(CampaignStore::campaign)
			.list();
	}

	public Optional<Campaign> findByName(String name) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM campaigns.campaign WHERE name = ? ORDER BY id LIMIT 1")
			.param(name)
			.query(CampaignStore::campaign)
			.optional();
	}

	private static Campaign campaign(ResultSet rs, int row) throws SQLException {
		return new Campaign(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
				strings(rs.getArray("categories")), strings(rs.getArray("regions")),
				rs.getObject("start_date", java.time.LocalDate.class), rs.getObject("end_date", java.time.LocalDate.class),
				JSON.readValue(rs.getString("targets"), TARGETS), rs.getBoolean("published"), rs.getInt("version"),
				rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
