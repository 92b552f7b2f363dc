package org.chengguan.cases;

import java.util.Map;

import org.chengguan.platform.ConflictException;

/** An action the case's current state does not allow: a 409 problem that names the state. */
public class IllegalTransitionException extends ConflictException {

	public IllegalTransitionException(Action action, CaseStatus status, String why) {
		super("Cannot " + action.path() + " a case that is " + status + ": " + why, Map.of("status", status.name()));
	}
}
