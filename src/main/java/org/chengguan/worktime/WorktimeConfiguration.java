package org.chengguan.worktime;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.chengguan.worktime.internal.YearArrangements;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

@Configuration(proxyBeanMethods = false)
class WorktimeConfiguration {

	/** Starts with the arrangements already stored, so the first deadline counts holidays. */
	@Bean
	@DependsOnDatabaseInitialization
	WorkingTime workingTime(WorktimeProperties properties, YearArrangements arrangements) {
		return new WorkingTime(properties, arrangements.load());
	}

	@Bean
	@ConfigurationPropertiesBinding
	static MonthDayConverter monthDayConverter() {
		return new MonthDayConverter();
	}

	@Bean
	@ConfigurationPropertiesBinding
	static WorkPeriodConverter workPeriodConverter() {
		return new WorkPeriodConverter();
	}

	/** Reads a schedule's first and last day as {@code MM-dd} (or ISO's {@code --MM-dd}). */
	static class MonthDayConverter implements Converter<String, MonthDay> {

		private static final DateTimeFormatter MM_DD = DateTimeFormatter.ofPattern("MM-dd");

		@Override
		public MonthDay convert(String source) {
			String text = source.strip();
			try {
				return text.startsWith("--") ? MonthDay.parse(text) : MonthDay.parse(text, MM_DD);
			}
			catch (DateTimeParseException e) {
				throw new IllegalArgumentException("'" + source + "' is not a day of the year as MM-dd, e.g. 05-01");
			}
		}
	}

	/** Reads a working period as {@code 08:30-12:00}. */
	static class WorkPeriodConverter implements Converter<String, WorkPeriod> {

		@Override
		public WorkPeriod convert(String source) {
			return WorkPeriod.parse(source);
		}
	}
}
