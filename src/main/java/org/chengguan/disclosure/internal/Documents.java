package org.chengguan.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chengguan.disclosure.Document;
import org.chengguan.disclosure.DocumentEntry;
import org.chengguan.disclosure.DocumentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every version of every document ({@code disclosure.document_version}). A version's status is not stored: the highest
 * published version of a kind is PUBLISHED, lower published ones SUPERSEDED, unpublished ones DRAFT.
 */
@Repository
public class Documents {

	private static final String SELECT = """
			SELECT v.*, (SELECT max(p.version) FROM disclosure.document_version p
			             WHERE p.kind = v.kind AND p.published_at IS NOT NULL) AS public_version
			FROM disclosure.document_version v
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The public version: the highest published one. */
	public Optional<Document> published(DocumentKind kind) {
		return jdbc.sql(SELECT + " WHERE v.kind = ? AND v.published_at IS NOT NULL ORDER BY v.version DESC LIMIT 1")
			.param(kind.name())
			.query((rs, n) -> document(rs))
			.optional();
	}

	public Optional<Document> version(DocumentKind kind, int version) {
		return jdbc.sql(SELECT + " WHERE v.kind = ? AND v.version = ?")
			.params(kind.name(), version)
			.query((rs, n) -> document(rs))
			.optional();
	}

	/** Every version of the kind, newest first. */
	public List<Document> versions(DocumentKind kind) {
		return jdbc.sql(SELECT + " WHERE v.kind = ? ORDER BY v.version DESC")
			.param(kind.name())
			.query((rs, n) -> document(rs))
			.list();
	}

	/** Every version of the kind with who saved and published it, newest first: for administrators. */
	public List<DocumentVersion> history(DocumentKind kind) {
		return jdbc.sql(SELECT + " WHERE v.kind = ? ORDER BY v.version DESC")
			.param(kind.name())
			.query((rs, n) -> new DocumentVersion(document(rs), userId(rs, "saved_by"), userId(rs, "published_by")))
			.list();
	}

	/** Who saved the version; empty if there is no such version or nobody is recorded (the demo loader's). */
	public Optional<Long> savedBy(DocumentKind kind, int version) {
		return jdbc.sql("SELECT saved_by FROM disclosure.document_version WHERE kind = ? AND version = ?")
			.params(kind.name(), version)
			.query((rs, n) -> userId(rs, "saved_by"))
			.optional();
	}

	/** The number of the newest version, published or not; 0 when the document has none. */
	public int latestVersion(DocumentKind kind) {
		return jdbc.sql("SELECT coalesce(max(version), 0) FROM disclosure.document_version WHERE kind = ?")
			.param(kind.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * Inserts version {@code basedOn + 1} if {@code basedOn} is still the newest; false if it is not. A concurrent save
	 * of the same number fails on the primary key ({@link org.springframework.dao.DuplicateKeyException}).
	 */
	boolean insert(DocumentKind kind, int basedOn, DocumentDraft draft, Long savedBy, Instant now) {
		String content = json.writeValueAsString(new Content(draft.intro(), draft.entries()));
		return jdbc.sql("""
				INSERT INTO disclosure.document_version (kind, version, title, content, saved_at, saved_by)
				SELECT ?, ?, ?, ?::jsonb, ?, ?
				WHERE (SELECT coalesce(max(version), 0) FROM disclosure.document_version WHERE kind = ?) = ?
				""")
			.params(kind.name(), basedOn + 1, draft.title(), content, Timestamp.from(now), savedBy, kind.name(), basedOn)
			.update() == 1;
	}

	/** Publishes the version if it is a draft newer than the public version; false otherwise. */
	boolean publish(DocumentKind kind, int version, Long publishedBy, Instant now) {
		return jdbc.sql("""
				UPDATE disclosure.document_version SET published_at = ?, published_by = ?
				WHERE kind = ? AND version = ? AND published_at IS NULL
				  AND version > (SELECT coalesce(max(version), 0) FROM disclosure.document_version
				                 WHERE kind = ? AND published_at IS NOT NULL)
				""")
			.params(Timestamp.from(now), publishedBy, kind.name(), version, kind.name())
			.update() == 1;
	}

	private record Content(String intro, List<DocumentEntry> entries) {
	}

	private static Long userId(ResultSet rs, String column) throws SQLException {
		long id = rs.getLong(column);
		return rs.wasNull() ? null : id;
	}

	private Document document(ResultSet rs) throws SQLException {
		Content content = json.readValue(rs.getString("content"), Content.class);
		int version = rs.getInt("version");
		Timestamp published = rs.getTimestamp("published_at");
		int publicVersion = rs.getInt("public_version");
		Document.Status status = published == null ? Document.Status.DRAFT
				: version == publicVersion ? Document.Status.PUBLISHED : Document.Status.SUPERSEDED;
		return new Document(DocumentKind.valueOf(rs.getString("kind")), version, rs.getString("title"),
				content.intro(), content.entries() == null ? List.of() : content.entries(), status,
				rs.getTimestamp("saved_at").toInstant(), published == null ? null : published.toInstant());
	}
}
