package org.chengguan.cases.web.workbench;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chengguan.cases.Transition;
import org.springframework.context.MessageSource;

/**
 * Says in the page's language what the audit trail records in its own terms ("to SANITATION assisted by …",
 * "approved: deadline …", "HANDLE RED; escalated …"). Anything it does not recognise is shown as recorded.
 */
final class TimelineWording {

	private static final Pattern DISPATCHED = Pattern.compile("to (\\S+)(?: assisted by (.+))?");

	private static final Pattern RECATEGORISED = Pattern.compile("category (\\S+) → (\\S+)");

	private static final Pattern EXTENSION = Pattern.compile("\\+(\\S+) (\\w+)");

	private static final Pattern COUNT = Pattern.compile("(?:rework|urge) (\\d+)");

	private static final Pattern WARNED = Pattern.compile("(\\w+) (YELLOW|RED)(; escalated.*)?");

	private final MessageSource messages;

	private final Locale locale;

	private final Names.Lookup names;

	TimelineWording(MessageSource messages, Locale locale, Names.Lookup names) {
		this.messages = messages;
		this.locale = locale;
		this.names = names;
	}

	String detail(Transition t) {
		String detail = t.detail();
		if (detail == null || detail.isBlank()) {
			return null;
		}
		Matcher m;
		return switch (t.action()) {
			case VERIFY -> (m = RECATEGORISED.matcher(detail)).matches()
					? say("wb.detail.recategorised", names.category(m.group(1)), names.category(m.group(2))) : detail;
			case FILE -> detail.startsWith("proposed department ")
					? say("wb.detail.proposed", names.department(detail.substring("proposed department ".length())))
					: detail;
			case DISPATCH -> (m = DISPATCHED.matcher(detail)).matches() ? dispatched(m) : detail;
			case APPROVE_RETURN, APPROVE_EXTENSION, APPROVE_SHELVING -> decision(detail);
			case REQUEST_EXTENSION -> (m = EXTENSION.matcher(detail)).matches()
					? say("wb.detail.extension", m.group(1), say("wb.unit." + m.group(2))) : detail;
			case CHECK_FAIL -> (m = COUNT.matcher(detail)).matches() ? say("wb.detail.rework", m.group(1)) : detail;
			case URGE -> (m = COUNT.matcher(detail)).matches() ? say("wb.detail.urge", m.group(1)) : detail;
			case FEEDBACK -> say("wb.satisfaction." + detail);
			case WARN -> (m = WARNED.matcher(detail)).matches() ? say("wb.detail.warn", say("wb.stage." + m.group(1)),
					say("wb.colour." + m.group(2))) + (m.group(3) == null ? "" : say("wb.detail.escalated")) : detail;
			case LINK_DUPLICATE -> detail.startsWith("duplicate of ")
					? say("wb.detail.duplicateOf", detail.substring("duplicate of ".length())) : detail;
			default -> detail;
		};
	}

	private String dispatched(Matcher m) {
		String lead = names.department(m.group(1));
		if (m.group(2) == null) {
			return say("wb.detail.dispatched", lead);
		}
		String assisting = String.join("、",
				names.departments(Arrays.stream(m.group(2).split(",\\s*")).toList()));
		return say("wb.detail.dispatchedAssisted", lead, assisting);
	}

	private String decision(String detail) {
		if (detail.equals("rejected")) {
			return say("wb.detail.rejected");
		}
		if (detail.startsWith("approved: deadline ")) {
			try {
				Instant deadline = Instant.parse(detail.substring("approved: deadline ".length()));
				return say("wb.detail.approvedUntil", Countdown.format(deadline));
			}
			catch (DateTimeParseException e) {
				return say("wb.detail.approved");
			}
		}
		return detail.startsWith("approved") ? say("wb.detail.approved") : detail;
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
