package org.chengguan.worktime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.chengguan.worktime.WorktimeProperties.Schedule;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class WorktimePropertiesTests {

	static List<WorkPeriod> periods(String... periods) {
		return Arrays.stream(periods).map(WorkPeriod::parse).toList();
	}

	@Test
	void defaultsToShanghaiSevenHourDaysAndTheStandardPeriods() {
		var defaults = WorktimeProperties.defaults();
		assertThat(defaults.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
		assertThat(defaults.workDayLength()).isEqualTo(Duration.ofHours(7));
		assertThat(defaults.schedules()).singleElement().satisfies(schedule -> {
			assertThat(schedule.periods()).hasToString("[08:30-12:00, 14:00-17:30]");
			assertThat(schedule.dailyWorkingTime()).isEqualTo(Duration.ofHours(7));
		});
	}

	@Test
	void rejectsAPeriodThatEndsBeforeItStarts() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkPeriod.parse("14:00-12:00"))
			.withMessage("working period 14:00-12:00 must start before it ends");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkPeriod.parse("8.30-12"))
			.withMessageContaining("must look like 08:30-12:00");
	}

	@Test
	void rejectsOverlappingOrUnorderedPeriods() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Schedule("summer", MonthDay.of(5, 1), MonthDay.of(9, 30),
					periods("08:30-12:00", "11:00-17:30")))
			.withMessageContaining("schedule 'summer': working periods must be in order and must not overlap");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Schedule("x", MonthDay.of(1, 1), MonthDay.of(12, 31),
					periods("14:00-17:30", "08:30-12:00")));
	}

	@Test
	void rejectsSchedulesThatLeaveDaysUncovered() {
		var summerOnly = new Schedule("summer", MonthDay.of(5, 1), MonthDay.of(9, 30), periods("08:30-12:00"));
		assertThatIllegalArgumentException().isThrownBy(() -> new WorktimeProperties(null, List.of(summerOnly), null))
			.withMessageContaining("must cover every day of the year, but 213 days from --01-01 on are covered by none");
	}

	@Test
	void aScheduleMayWrapTheYearEnd() {
		var winter = new Schedule("winter", MonthDay.of(11, 15), MonthDay.of(2, 28), periods("09:00-12:00"));
		assertThat(winter.covers(MonthDay.of(12, 31))).isTrue();
		assertThat(winter.covers(MonthDay.of(1, 10))).isTrue();
		assertThat(winter.covers(MonthDay.of(3, 1))).isFalse();
		var properties = new WorktimeProperties(null, List.of(Schedule.standard(), winter), null);
		assertThat(properties.scheduleOn(MonthDay.of(1, 10)).name()).isEqualTo("winter");
		assertThat(properties.scheduleOn(MonthDay.of(6, 1)).name()).isEqualTo("standard");
	}

	@Test
	void rejectsAWorkingDayLengthOutsideADay() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WorktimeProperties(null, null, Duration.ofHours(25)))
			.withMessageContaining("chengguan.worktime.work-day-length must be between PT1M and PT24H");
	}

	@Test
	void bindsASeasonalScheduleFromConfiguration() {
		runner().withPropertyValues("chengguan.worktime.work-day-length=7h",
				"chengguan.worktime.schedules[0].name=standard", "chengguan.worktime.schedules[0].from=01-01",
				"chengguan.worktime.schedules[0].to=12-31",
				"chengguan.worktime.schedules[0].periods=08:30-12:00, 14:00-17:30",
				"chengguan.worktime.schedules[1].name=summer", "chengguan.worktime.schedules[1].from=--05-01",
				"chengguan.worktime.schedules[1].to=09-30",
				"chengguan.worktime.schedules[1].periods=08:30-12:00,14:30-18:00")
			.run(context -> {
				assertThat(context).hasNotFailed();
				var properties = context.getBean(WorktimeProperties.class);
				assertThat(properties.scheduleOn(MonthDay.of(7, 1)).periods()).hasToString("[08:30-12:00, 14:30-18:00]");
				assertThat(properties.scheduleOn(MonthDay.of(10, 1)).name()).isEqualTo("standard");
			});
	}

	@Test
	void refusesToStartWithOverlappingPeriodsAndSaysWhy() {
		runner().withPropertyValues("chengguan.worktime.schedules[0].from=01-01", "chengguan.worktime.schedules[0].to=12-31",
				"chengguan.worktime.schedules[0].name=standard",
				"chengguan.worktime.schedules[0].periods=08:30-12:00, 11:30-17:30")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("schedule 'standard': working periods must be in order and must not overlap"));
	}

	private static ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withUserConfiguration(Binding.class);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(WorktimeProperties.class)
	static class Binding {

		@Bean
		@ConfigurationPropertiesBinding
		static WorktimeConfiguration.MonthDayConverter monthDayConverter() {
			return new WorktimeConfiguration.MonthDayConverter();
		}

		@Bean
		@ConfigurationPropertiesBinding
		static WorktimeConfiguration.WorkPeriodConverter workPeriodConverter() {
			return new WorktimeConfiguration.WorkPeriodConverter();
		}
	}
}
