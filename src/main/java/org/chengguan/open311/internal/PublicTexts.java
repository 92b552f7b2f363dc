package org.chengguan.open311.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseStatus;
import org.chengguan.worktime.TimeLimit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The module's public wording, from the bundle {@code i18n/open311}: Chinese unless the request chose English
 * ({@code ?lang=en}). Built from states, department names and deadlines only, never from what staff typed, so no
 * staff name or personal data can reach an Open311 client through it. The bundle is the module's own, so no shared
 * configuration lists it.
 */
@Component
public class PublicTexts {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

	private final Open311Properties properties;

	PublicTexts(Open311Properties properties) {
		this.properties = properties;
		bundle.setBasename("i18n/open311");
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
	}

	/** The request's language: English if it asked for it, else Chinese. */
	public static Locale locale() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	public String text(String key, Object... args) {
		return text(locale(), key, args);
	}

	/** In a given language: what staff read in a case is always Chinese. */
	public String text(Locale locale, String key, Object... args) {
		return bundle.getMessage(key, args, locale);
	}

	/** "4 工作时", "2 working days". */
	public String limit(TimeLimit limit) {
		return limit.amount().stripTrailingZeros().toPlainString() + " " + text("unit." + limit.unit().name());
	}

	/** A deadline as the city reads it, to the minute. */
	public String time(Instant at) {
		return at == null ? "" : MINUTES.format(at.atZone(properties.zone()));
	}

	/**
	 * What a step did, for the public: the wording of the action into its new status, naming who handles it and by
	 * when where the step set that.
	 */
	public String note(Action action, CaseStatus to, String agency, Instant deadline) {
		Locale locale = locale();
		String specific = "note." + action.name() + "." + to.name();
		String key = bundle.getMessage(specific, null, null, locale) != null ? specific : "note." + action.name();
		return bundle.getMessage(key, new Object[] { agency == null ? "" : agency, time(deadline) }, locale);
	}
}
