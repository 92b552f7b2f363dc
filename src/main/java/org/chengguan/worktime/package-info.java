/**
 * Working time: the working periods (工作时段) of the day, the holiday calendar with its make-up working days (调休上班),
 * and deadline arithmetic in 自然时 (natural hours), 工作时 (working hours) and 工作日 (working days), see
 * {@link org.chengguan.worktime.WorkingTime}. A year's official arrangement is data, imported through
 * {@link org.chengguan.worktime.CalendarImport}.
 */
package org.chengguan.worktime;
