package org.chengguan.citizens.notifications;

import java.util.Locale;

import org.chengguan.citizens.NotificationKind;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of the notifications, from the bundle {@code messages_citizens} (Chinese in the default file, English in
 * {@code _en}): key {@code citizens.notification.<KIND>}, argument {0} the case number, {1} what the kind adds (the
 * reason, the department, the master case's number).
 */
@Component
public class MessageTemplates {

	private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

	private final Locale locale;

	public MessageTemplates(NotificationProperties properties) {
		this.locale = properties.locale();
		bundle.setBasename("messages_citizens");
		bundle.setDefaultEncoding("UTF-8");
		// the default file is Chinese: a missing locale must fall back to it, not to the server's language
		bundle.setFallbackToSystemLocale(false);
	}

	/** The text in the platform's language. */
	public String render(NotificationKind kind, Object... args) {
		return render(locale, kind, args);
	}

	public String render(Locale in, NotificationKind kind, Object... args) {
		return bundle.getMessage("citizens.notification." + kind.name(), args, in);
	}
}
