package org.chengguan.citizens.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.chengguan.citizens.NotificationKind;
import org.chengguan.citizens.internal.Backoff;
import org.junit.jupiter.api.Test;

class MessageTemplatesTests {

	static MessageTemplates in(Locale locale) {
		return new MessageTemplates(new NotificationProperties(locale, Duration.ofMinutes(1), 100,
				new Backoff(Duration.ofMinutes(1), 2, 10, Duration.ofHours(6))));
	}

	@Test
	void writesEveryKindInChineseByDefault() {
		MessageTemplates templates = in(Locale.SIMPLIFIED_CHINESE);
		for (NotificationKind kind : NotificationKind.values()) {
			assertThat(templates.render(kind, "20260301000001", "X")).as(kind.name())
				.contains("20260301000001")
				.containsPattern("\\p{IsHan}");
		}
		assertThat(templates.render(NotificationKind.FILED, "20260301000001", ""))
			.isEqualTo("您反映的问题已立案（案卷号 20260301000001），我们将尽快派遣处置。");
	}

	@Test
	void saysWhyAReportWasVoidedWhereItWentAndWhichCaseItDuplicates() {
		MessageTemplates templates = in(Locale.SIMPLIFIED_CHINESE);
		assertThat(templates.render(NotificationKind.VOIDED, "N1", "不属于城管职责")).endsWith("原因：不属于城管职责");
		assertThat(templates.render(NotificationKind.DISPATCHED, "N1", "环卫处")).contains("已派遣至环卫处处置");
		assertThat(templates.render(NotificationKind.DUPLICATE, "N2", "N1")).contains("N2").contains("在办案卷 N1");
	}

	@Test
	void writesEnglishWhenConfiguredSo() {
		assertThat(in(Locale.ENGLISH).render(NotificationKind.VOIDED, "N1", "out of scope"))
			.isEqualTo("Your report N1 was not filed. Reason: out of scope");
	}

	@Test
	void fallsBackToChineseForALanguageItDoesNotHave() {
		assertThat(in(Locale.JAPANESE).render(NotificationKind.HANDLED, "N1", "")).contains("已处置完成");
	}

	@Test
	void keepsQuotesAndBracesOfTheArgumentsAsTheyAre() {
		assertThat(in(Locale.SIMPLIFIED_CHINESE).render(NotificationKind.VOIDED, "N1", "it's {0} 'x'"))
			.endsWith("it's {0} 'x'");
	}
}
