package org.chengguan.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class SchedulingTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void schedulesTheFirstRunOfEveryRecurringTaskAtStartUp() {
		var names = jdbc.sql("SELECT DISTINCT task_name FROM scheduled_tasks").query(String.class).list();
		assertThat(names).contains("photo-collection");
	}
}
