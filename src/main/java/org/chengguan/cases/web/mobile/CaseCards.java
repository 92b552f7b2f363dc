package org.chengguan.cases.web.mobile;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

import org.chengguan.cases.Case;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Stage;
import org.chengguan.cases.WarningLevel;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.worktime.WorktimeProperties;
import org.springframework.stereotype.Component;

/** Turns cases into the cards the mobile pages list: names instead of codes, times in the city's zone. */
@Component
class CaseCards {

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CatalogueManagement catalogue;

	private final RegionDirectory regions;

	private final ZoneId zone;

	private final Clock clock;

	CaseCards(CatalogueManagement catalogue, RegionDirectory regions, WorktimeProperties worktime, Clock clock) {
		this.catalogue = catalogue;
		this.regions = regions;
		this.zone = worktime.zone();
		this.clock = clock;
	}

	ReportCard report(Case c) {
		Optional<Category> category = catalogue.category(c.categoryCode());
		boolean askedToRate = c.status() == CaseStatus.CLOSED && c.clock().stage() == Stage.ANSWER_BACK;
		String place = name(c.region().communityCode()).or(() -> name(c.region().streetCode())).orElse("");
		return new ReportCard(c.id(), c.number(), picture(c, category), categoryName(c, category), c.status(),
				askedToRate, time(c.reportedAt()), c.description(), place);
	}

	TaskCard task(Case c) {
		Optional<Category> category = catalogue.category(c.categoryCode());
		String place = name(c.region().gridCode()).or(() -> name(c.region().communityCode()))
			.or(() -> name(c.region().streetCode())).orElse("");
		WarningLevel warning = c.clock().isOverdueAt(clock.instant()) ? WarningLevel.RED : c.clock().warning();
		return new TaskCard(c.id(), c.number(), picture(c, category), categoryName(c, category), c.status(), place,
				c.description(), c.clock().deadline(), c.clock().deadline() == null ? "" : time(c.clock().deadline()),
				warning, c.location().lat(), c.location().lon());
	}

	NearbyCard nearby(Case c, GeoPoint from) {
		Optional<Category> category = catalogue.category(c.categoryCode());
		return new NearbyCard(picture(c, category), categoryName(c, category), c.status(),
				Math.round(c.location().distanceMetres(from)), time(c.reportedAt()), c.location().lat(),
				c.location().lon());
	}

	/** A region's name by its code; empty for no code or an unknown one. */
	Optional<String> name(String regionCode) {
		return regionCode == null ? Optional.empty() : regions.region(regionCode).map(Region::name);
	}

	private String time(TemporalAccessor instant) {
		return DAY_TIME.withZone(zone).format(instant);
	}

	private static Picture picture(Case c, Optional<Category> category) {
		return category.map(CategoryPictures::of).orElseGet(() -> CategoryPictures.of(c.categoryCode()));
	}

	private static String categoryName(Case c, Optional<Category> category) {
		return category.map(Category::name).orElse(c.categoryCode());
	}
}
