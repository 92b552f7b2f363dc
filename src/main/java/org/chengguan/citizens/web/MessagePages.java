package org.chengguan.citizens.web;

import java.time.Clock;

import org.chengguan.citizens.NotificationKind;
import org.chengguan.citizens.notifications.Inbox;
import org.chengguan.citizens.notifications.Message;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 我的消息: the signed-in citizen's messages, newest first, as the recording channel delivered them. The page chain
 * lets only citizens in; staff who get here anyway are sent to their own start page, as on the other citizens' pages.
 */
@Controller
class MessagePages {

	static final int PAGE_SIZE = 20;

	private final Inbox inbox;

	private final Actors actors;

	private final PageTimes times;

	private final Clock clock;

	MessagePages(Inbox inbox, Actors actors, PageTimes times, Clock clock) {
		this.inbox = inbox;
		this.actors = actors;
		this.times = times;
		this.clock = clock;
	}

	/** A message as the page shows it: the stored text (written once, in the platform's language) and its time. */
	record MessageView(long id, NotificationKind kind, long caseId, String caseNumber, String text, String at,
			boolean read) {
	}

	@GetMapping("/citizen/messages")
	String messages(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor me = actors.require();
		if (!me.has(Role.CITIZEN)) {
			return "redirect:/home";
		}
		int shown = Math.max(0, page);
		var messages = inbox.of(me.userId(), shown, PAGE_SIZE).map(this::view);
		model.addAttribute("messages", messages.items());
		model.addAttribute("total", messages.total());
		model.addAttribute("unread", inbox.unread(me.userId()));
		model.addAttribute("page", shown);
		model.addAttribute("previousPage", shown > 0 ? shown - 1 : null);
		model.addAttribute("nextPage", (long) (shown + 1) * PAGE_SIZE < messages.total() ? shown + 1 : null);
		return "citizens/messages";
	}

	/**
	 * Opens a message's case and marks the message read. Another citizen's message (or none) changes nothing and
	 * goes back to the list.
	 */
	@PostMapping("/citizen/messages/{id}/read")
	String read(@PathVariable long id) {
		Actor me = actors.require();
		if (!me.has(Role.CITIZEN)) {
			return "redirect:/home";
		}
		return inbox.markRead(me.userId(), id, clock.instant())
			.map(m -> "redirect:/cases/" + m.caseId())
			.orElse("redirect:/citizen/messages");
	}

	private MessageView view(Message m) {
		return new MessageView(m.id(), m.kind(), m.caseId(), m.caseNumber(), m.text(), times.format(m.deliveredAt()),
				m.read());
	}
}
