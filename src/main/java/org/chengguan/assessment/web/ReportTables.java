package org.chengguan.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.Period;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Department;
import org.chengguan.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the assessment's reports into what the pages and exports show: department names from the catalogue, rank
 * changes, indicator labels and formulas from the {@code i18n/assessment} bundle, and the monthly report's kinds.
 */
@Component
class ReportTables {

	/** The kinds of the monthly report, regions from the top down, then the department and the people. */
	static final List<String> REPORT_KINDS = List.of("city", "district", "street", "community", "grid", "department",
			"inspector", "operator", "shift-leader", "dispatcher");

	private final Assessment assessment;

	private final CatalogueManagement catalogue;

	private final MessageSource messages;

	ReportTables(Assessment assessment, CatalogueManagement catalogue, MessageSource messages) {
		this.assessment = assessment;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	/** The monthly report: every kind at or below the region's level, within the actor's scope. */
	record Monthly(Period period, String scopeName, int rulesVersion, java.time.Instant asOf, List<KindTable> tables) {
	}

	KindTable table(Actor actor, String kind, Period period, String region) {
		return table(assessment.evaluate(actor, kind, period, region));
	}

	KindTable table(Assessment.Report report) {
		List<KindTable.Row> rows = new ArrayList<>();
		for (Assessment.Unit u : report.units()) {
			String name = report.kind().equals("department")
					? catalogue.department(u.code()).map(Department::name).orElse(u.code()) : u.name();
			rows.add(KindTable.Row.of(u, name));
		}
		List<String> keys = report.units().isEmpty() ? List.of()
				: report.units().get(0).indicators().stream().map(Assessment.Indicator::key).toList();
		return new KindTable(report.kind(), report, keys, rows);
	}

	Monthly monthly(Actor actor, Period period, String scopeName) {
		return monthly(actor, period, scopeName, kind -> {
		});
	}

	/** The monthly report, telling {@code evaluated} each kind as it is done (for a download's progress). */
	Monthly monthly(Actor actor, Period period, String scopeName, java.util.function.Consumer<String> evaluated) {
		List<KindTable> tables = new ArrayList<>();
		for (String kind : kindsOf(actor)) {
			tables.add(table(actor, kind, period, null));
			evaluated.accept(kind);
		}
		Assessment.Report first = tables.get(0).report();
		return new Monthly(period, scopeName, first.rulesVersion(), first.asOf(), tables);
	}

	/** The kinds of the actor's monthly report: those at or below their scope's level. */
	List<String> kindsOf(Actor actor) {
		int scopeLength = actor.scopeRegionCode() == null ? 4 : actor.scopeRegionCode().length();
		return REPORT_KINDS.stream().filter(kind -> levelLength(kind) >= scopeLength).toList();
	}

	/** A region kind's code length; people and departments come below every region. */
	static int levelLength(String kind) {
		return switch (kind) {
			case "city" -> 4;
			case "district" -> 6;
			case "street" -> 9;
			case "community" -> 12;
			case "grid" -> 15;
			default -> Integer.MAX_VALUE;
		};
	}

	public String kindName(String kind, Locale locale) {
		return messages.getMessage("as.kind." + kind, null, kind, locale);
	}

	public String label(String key, Locale locale) {
		return messages.getMessage("as.ind." + key, null, key, locale);
	}

	/** The indicator's formula for the kind: the kind's own wording where the bundle has one. */
	public String formula(String kind, String key, Locale locale) {
		String general = messages.getMessage("as.formula." + key, null, key, locale);
		return messages.getMessage("as.formula." + kind + "." + key, null, general, locale);
	}

	public String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
