package org.chengguan.citizens.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.citizens.NotificationKind;
import org.chengguan.citizens.notifications.Inbox;
import org.chengguan.citizens.notifications.Message;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's messages (我的消息): what the platform told them about the cases they follow. */
@RestController
@RequestMapping("/api/v1/me/messages")
@Tag(name = "citizens")
class MessageController {

	private final Inbox inbox;

	private final Actors actors;

	private final Clock clock;

	MessageController(Inbox inbox, Actors actors, Clock clock) {
		this.inbox = inbox;
		this.actors = actors;
		this.clock = clock;
	}

	record MessageResponse(long id, NotificationKind kind, long caseId, String caseNumber, String link, String text,
			Instant deliveredAt, boolean read, Instant readAt) {

		static MessageResponse of(Message m) {
			return new MessageResponse(m.id(), m.kind(), m.caseId(), m.caseNumber(), m.link(), m.text(),
					m.deliveredAt(), m.read(), m.readAt());
		}
	}

	record MessagesResponse(List<MessageResponse> items, int page, int size, long total, long unread) {
	}

	@Operation(summary = "The signed-in user's delivered messages, newest first, with read marks and the unread count")
	@GetMapping
	MessagesResponse list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Actor me = actors.require();
		var messages = inbox.of(me.userId(), page, size).map(MessageResponse::of);
		return new MessagesResponse(messages.items(), page, size, messages.total(), inbox.unread(me.userId()));
	}

	@Operation(summary = "Marks one of the signed-in user's messages read (a repeat keeps the first time)",
			description = "Another user's message is a 404, as if it did not exist.")
	@PostMapping("/{id}/read")
	MessageResponse read(@PathVariable long id) {
		Actor me = actors.require();
		return inbox.markRead(me.userId(), id, clock.instant())
			.map(MessageResponse::of)
			.orElseThrow(() -> new NotFoundException("You have no message with the id " + id + "."));
	}
}
