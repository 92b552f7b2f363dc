package org.chengguan.assessment.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.assessment.AssessmentRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The versions of the assessment rules, as JSON; version 1 (DOMAIN.md's defaults) is written at the first use. */
@Repository
public class RulesStore {

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	RulesStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The version in force on the day: the latest effective on or before it. */
	public AssessmentRules inForceOn(LocalDate day) {
		List<AssessmentRules> found = jdbc.query("SELECT rules FROM assessment.rules WHERE effective_from <= ? "
				+ "ORDER BY effective_from DESC, version DESC LIMIT 1", (rs, n) -> read(rs.getString(1)), Date.valueOf(day));
		if (!found.isEmpty()) {
			return found.get(0);
		}
		AssessmentRules defaults = AssessmentRules.defaults();
		jdbc.update("INSERT INTO assessment.rules (version, effective_from, rules) VALUES (?, ?, ?::jsonb) "
				+ "ON CONFLICT DO NOTHING", defaults.version(), Date.valueOf(defaults.effectiveFrom()),
				json.writeValueAsString(defaults));
		return defaults;
	}

	public List<AssessmentRules> all() {
		return jdbc.query("SELECT rules FROM assessment.rules ORDER BY version", (rs, n) -> read(rs.getString(1)));
	}

	/** Stores new rules as the next version, in force from their day on. */
	public AssessmentRules add(AssessmentRules rules, long by) {
		inForceOn(LocalDate.now());
		Integer next = jdbc.queryForObject("SELECT coalesce(max(version), 0) + 1 FROM assessment.rules", Integer.class);
		AssessmentRules versioned = new AssessmentRules(next, rules.effectiveFrom(), rules.weights(), rules.volumeBands(),
				rules.filedCeilings(), rules.filedScores(), rules.grades(), rules.points());
		jdbc.update("INSERT INTO assessment.rules (version, effective_from, rules, created_by) VALUES (?, ?, ?::jsonb, ?)",
				next, Date.valueOf(rules.effectiveFrom()), json.writeValueAsString(versioned), by);
		return versioned;
	}

	private AssessmentRules read(String text) {
		return json.readValue(text, AssessmentRules.class);
	}
}
