package org.chengguan.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseLifecycle;
import org.chengguan.cases.CaseStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class PublicTextsTests {

	final PublicTexts texts = new PublicTexts(new Open311Properties("huaibei.gov.cn", ZoneId.of("Asia/Shanghai"), 60,
			"2026-11-26", "production", "12319", "ask the admin"));

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void everyStepOfTheLifecycleHasPublicWordingInChineseAndEnglish() {
		for (Locale locale : new Locale[] { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH }) {
			LocaleContextHolder.setLocale(locale);
			for (CaseLifecycle.Step step : CaseLifecycle.steps()) {
				String note = texts.note(step.action(), step.to(), "环卫处", Instant.parse("2026-11-26T09:00:00Z"));
				assertThat(note).as(locale + " " + step).isNotBlank().doesNotContain("{").doesNotContain("note.");
			}
			assertThat(texts.note(Action.UNLINK_DUPLICATE, CaseStatus.VERIFIED, null, null)).isNotBlank();
		}
	}

	@Test
	void namesTheDepartmentAndTheDeadlineInTheCitysTime() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(texts.note(Action.DISPATCH, CaseStatus.DISPATCHED, "环卫处", Instant.parse("2026-11-26T09:00:00Z")))
			.isEqualTo("已派遣至环卫处处置，处置时限至 2026-11-26 17:00。");
		LocaleContextHolder.setLocale(Locale.US);
		assertThat(texts.note(Action.DISPATCH, CaseStatus.DISPATCHED, "环卫处", Instant.parse("2026-11-26T09:00:00Z")))
			.isEqualTo("Dispatched to 环卫处, due by 2026-11-26 17:00.");
		assertThat(texts.note(Action.FEEDBACK, CaseStatus.ANSWERED, null, null)).isEqualTo("Answered back; done.");
	}
}
