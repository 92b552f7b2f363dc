package org.chengguan.citizens.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.chengguan.citizens.rewards.RewardReports;
import org.springframework.stereotype.Component;

/** Times on the citizens' pages, as the city reads its clocks (the rewards' zone: the day a reward counts for). */
@Component
class PageTimes {

	private final DateTimeFormatter minutes;

	PageTimes(RewardReports reports) {
		this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(reports.zone());
	}

	String format(Instant at) {
		return at == null ? "" : minutes.format(at);
	}
}
