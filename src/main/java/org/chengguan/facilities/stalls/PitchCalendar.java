package org.chengguan.facilities.stalls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 摊位日历: for a stall area and a range of days, per pitch and day whether it is taken (by an approved application)
 * or free. The public's view: nothing about who holds a pitch; {@link #holders} is empty unless built for an officer
 * of the area's street.
 *
 * @param days every day of the range, in order
 * @param rows one per pitch, 1 to the area's pitches, with one entry per day
 * @param holders who holds each taken pitch (name, masked phone) — officers only; empty for everyone else
 */
public record PitchCalendar(long facilityId, String name, int pitches, LocalDate from, LocalDate to,
		List<LocalDate> days, List<Row> rows, List<Holder> holders) {

	/** The longest range one calendar covers. */
	public static final int MAX_DAYS = 31;

	/** A pitch's days: {@code taken.get(i)} for {@code days.get(i)}. */
	public record Row(int pitch, List<Boolean> taken) {

		/** Whether the pitch is free on every day of the range. */
		public boolean freeThroughout() {
			return taken.stream().noneMatch(Boolean::booleanValue);
		}
	}

	/**
	 * Who holds a pitch for a period (an approved application): for the officers of the street.
	 *
	 * @param name the vendor's registered name (or the account's name)
	 * @param maskedPhone the vendor's contact phone, masked (138****1234)
	 */
	public record Holder(int pitch, LocalDate from, LocalDate to, long applicationId, String name, String maskedPhone) {
	}

	static PitchCalendar of(StallArea area, LocalDate from, LocalDate to, List<TakenPitch> taken,
			List<Holder> holders) {
		List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
		List<Row> rows = new ArrayList<>();
		for (int pitch = 1; pitch <= area.pitches(); pitch++) {
			int p = pitch;
			rows.add(new Row(p, days.stream()
				.map(day -> taken.stream().anyMatch(t -> t.pitch() == p && !day.isBefore(t.from()) && !day.isAfter(t.to())))
				.toList()));
		}
		return new PitchCalendar(area.id(), area.name(), area.pitches(), from, to, days, rows, List.copyOf(holders));
	}

	/** The pitches free on every day of the range, in order. */
	public List<Integer> freeThroughout() {
		return rows.stream().filter(Row::freeThroughout).map(Row::pitch).toList();
	}

	/** Who holds the pitch on the day, if an officer's calendar knows. */
	public Holder holder(int pitch, LocalDate day) {
		return holders.stream()
			.filter(h -> h.pitch() == pitch && !day.isBefore(h.from()) && !day.isAfter(h.to()))
			.findFirst()
			.orElse(null);
	}
}
