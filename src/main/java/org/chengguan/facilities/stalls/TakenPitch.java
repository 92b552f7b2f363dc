package org.chengguan.facilities.stalls;

import java.time.LocalDate;

/** A pitch given for a period (both days included): the public calendar's entry, with nothing about who has it. */
public record TakenPitch(int pitch, LocalDate from, LocalDate to) {
}
