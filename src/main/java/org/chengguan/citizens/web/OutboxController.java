package org.chengguan.citizens.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.citizens.notifications.Outbox;
import org.chengguan.citizens.notifications.OutboxEntry;
import org.chengguan.citizens.notifications.OutboxStatus;
import org.chengguan.identity.Actors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The notification outbox for administrators: how many rows stand where, and the failing ones with their errors. */
@RestController
@RequestMapping("/api/v1/notifications/outbox")
@Tag(name = "citizens")
class OutboxController {

	private final Outbox outbox;

	private final Actors actors;

	OutboxController(Outbox outbox, Actors actors) {
		this.outbox = outbox;
		this.actors = actors;
	}

	record OutboxResponse(Map<OutboxStatus, Long> counts, OutboxStatus status, List<OutboxEntry> items, int page,
			int size, long total) {
	}

	@Operation(summary = "Counts of outbox rows by status, and the rows of one status (DEAD by default), newest first",
			description = "ADMIN only. A DEAD row carries the last error of its channel.")
	@GetMapping
	OutboxResponse outbox(@RequestParam(defaultValue = "DEAD") OutboxStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Administrators.require(actors, "the notification outbox");
		var rows = outbox.list(status, page, size);
		return new OutboxResponse(outbox.counts(), status, rows.items(), page, size, rows.total());
	}
}
