package org.chengguan.worktime.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

import org.chengguan.platform.NotFoundException;
import org.chengguan.worktime.CalendarImport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The full-stack tests run with imports on; this checks the switch both ways without a second application. */
class CalendarImportSwitchTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(CalendarImport.class, () -> mock(CalendarImport.class))
		.withUserConfiguration(CalendarImportController.class, ImportsDisabledController.class);

	@Test
	void withoutTheSwitchTheImportEndpointIsNotFound() {
		runner.run(context -> {
			assertThat(context).doesNotHaveBean(CalendarImportController.class);
			assertThat(context).hasSingleBean(ImportsDisabledController.class);
			assertThatExceptionOfType(NotFoundException.class)
				.isThrownBy(() -> context.getBean(ImportsDisabledController.class).replace("2027"));
		});
	}

	@Test
	void withTheSwitchOnTheImportEndpointExists() {
		runner.withPropertyValues("chengguan.imports.enabled=true").run(context -> {
			assertThat(context).hasSingleBean(CalendarImportController.class);
			assertThat(context).doesNotHaveBean(ImportsDisabledController.class);
		});
	}
}
