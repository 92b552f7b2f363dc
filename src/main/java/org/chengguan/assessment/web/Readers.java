package org.chengguan.assessment.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Set;

import org.chengguan.assessment.Period;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.springframework.ui.Model;

/** Who reads the assessment pages, and the periods they pick from. */
final class Readers {

	/** The same readers as the assessment's API. */
	static final Set<Role> ROLES = Set.of(Role.LEADER, Role.ADMIN, Role.SHIFT_LEADER, Role.DISPATCHER, Role.OPERATOR);

	private Readers() {
	}

	static Actor require(Actor actor) {
		if (actor == null || actor.roles().stream().noneMatch(ROLES::contains)) {
			throw new ForbiddenException("the assessment pages are for " + ROLES);
		}
		return actor;
	}

	/** The labels of this week, this month and this quarter, for the period picker. */
	record Choices(String week, String month, String quarter) {

		static Choices of(LocalDate today) {
			return new Choices(
					String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR),
							today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
					YearMonth.from(today).toString(), today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1));
		}
	}

	/**
	 * The period asked for; this month when the text cannot be read, with {@code periodError} in the model so that
	 * the page says so instead of failing.
	 */
	static Period period(String text, LocalDate today, Model model) {
		model.addAttribute("choices", Choices.of(today));
		try {
			return Period.parse(text, today);
		}
		catch (InvalidInputException e) {
			model.addAttribute("periodError", text);
			return Period.parse(null, today);
		}
	}
}
