package org.chengguan.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The rules for what clients write (plain text) and what the public reads (no personal details, W3C times). */
class PublicTextRulesTests {

	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	@Test
	void refusesMarkupAndControlCharactersButNotAnAngleInPlainText() {
		assertThat(PlainText.problem("description", "<script>x</script>", 4000, true)).hasValueSatisfying(
				p -> assertThat(p).contains("HTML"));
		assertThat(PlainText.problem("description", "见< a href>", 4000, true)).isPresent();
		assertThat(PlainText.problem("description", "<!-- x -->", 4000, true)).isPresent();
		assertThat(PlainText.problem("description", "a\u0000b", 4000, true)).isPresent();
		assertThat(PlainText.problem("description", "气温 < 5 度\n第二行", 4000, true)).isEmpty();
		assertThat(PlainText.problem("address_string", "第一行\n第二行", 500, false)).isPresent();
		assertThat(PlainText.problem("description", "😀".repeat(4000), 4000, true)).as("characters, not UTF-16 units")
			.isEmpty();
		assertThat(PlainText.problem("description", "长".repeat(4001), 4000, true)).hasValueSatisfying(
				p -> assertThat(p).contains("4001"));
	}

	@Test
	void masksPhonesIdentityNumbersAndEmailsButNotComponentNumbers() {
		assertThat(PublicDetail.masked("请联系13812345678或0561-3901234，邮箱 a.b@example.com"))
			.isEqualTo("请联系138****5678或0561-****1234，邮箱 ****@****");
		assertThat(PublicDetail.masked("身份证34060319900101123X")).isEqualTo("身份证******************");
		assertThat(PublicDetail.masked("部件编码：3406030101000123")).isEqualTo("部件编码：3406030101000123");
		assertThat(PublicDetail.masked(null)).isNull();
	}

	@Test
	void writesTimesWithTheCitysOffsetAndReadsWhatClientsSend() {
		Instant at = Instant.parse("2026-11-26T01:30:00.123Z");
		assertThat(W3cTime.format(at, CITY)).isEqualTo("2026-11-26T09:30:00+08:00");
		assertThat(W3cTime.parse("2026-11-26T09:30:00+08:00", CITY)).isEqualTo(Instant.parse("2026-11-26T01:30:00Z"));
		assertThat(W3cTime.parse("2026-11-26T01:30:00Z", CITY)).isEqualTo(Instant.parse("2026-11-26T01:30:00Z"));
		assertThat(W3cTime.parse("2026-11-26T09:30:00 08:00", CITY)).as("a + lost to URL decoding")
			.isEqualTo(Instant.parse("2026-11-26T01:30:00Z"));
		assertThat(W3cTime.parse("2026-11-26T09:30:00", CITY)).isEqualTo(Instant.parse("2026-11-26T01:30:00Z"));
		assertThat(W3cTime.parse("2026-11-26", CITY)).isEqualTo(Instant.parse("2026-11-25T16:00:00Z"));
	}
}
