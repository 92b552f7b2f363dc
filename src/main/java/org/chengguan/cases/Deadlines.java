package org.chengguan.cases;

import java.time.Instant;

import org.chengguan.worktime.TimeLimit;

/** What the lifecycle needs to know about time: each stage's limit and working-time arithmetic. */
public interface Deadlines {

	/** The limit of a stage other than {@link Stage#HANDLE} (whose limit comes from the category). */
	TimeLimit limitOf(Stage stage);

	/** The instant by which {@code limit} has passed from {@code start}, on the working calendar. */
	Instant due(Instant start, TimeLimit limit);
}
