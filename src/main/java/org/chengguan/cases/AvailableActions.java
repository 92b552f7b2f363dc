package org.chengguan.cases;

import java.util.ArrayList;
import java.util.List;

import org.chengguan.identity.Actor;

/**
 * The actions an actor may take on a case now: allowed by its state and by the actor's role and scope. Pages show
 * exactly these buttons; the server checks again when one is pressed.
 */
final class AvailableActions {

	private AvailableActions() {
	}

	static List<Action> of(Actor actor, Case c) {
		List<Action> available = new ArrayList<>();
		for (Action action : byState(c)) {
			if (CaseActionPolicy.refusal(actor, action, c).isEmpty()) {
				available.add(action);
			}
		}
		return available;
	}

	private static List<Action> byState(Case c) {
		boolean pending = c.pendingRequest() != PendingRequest.NONE;
		return switch (c.status()) {
			case REPORTED -> List.of(Action.VERIFY, Action.VOID, Action.LINK_DUPLICATE, Action.URGE);
			case VERIFIED -> List.of(Action.FILE, Action.VOID, Action.LINK_DUPLICATE, Action.URGE);
			case FILED -> List.of(Action.DISPATCH, Action.URGE, Action.SUPERVISE);
			case DISPATCHED -> {
				List<Action> actions = new ArrayList<>(List.of(Action.URGE, Action.SUPERVISE));
				if (!pending) {
					actions.add(Action.HANDLE);
					actions.add(Action.REQUEST_EXTENSION);
					actions.add(Action.REQUEST_SHELVING);
					if (!c.communityTeam()) {
						actions.add(Action.REQUEST_RETURN);
					}
				}
				switch (c.pendingRequest()) {
					case RETURN -> actions.add(Action.APPROVE_RETURN);
					case EXTENSION -> actions.add(Action.APPROVE_EXTENSION);
					case SHELVING -> actions.add(Action.APPROVE_SHELVING);
					case NONE -> {
					}
				}
				yield actions;
			}
			case SHELVED -> List.of(Action.HANDLE, Action.URGE, Action.SUPERVISE);
			case HANDLED -> List.of(Action.CHECK_PASS, Action.CHECK_FAIL, Action.URGE);
			case CHECKED -> List.of(Action.CLOSE, Action.URGE);
			case CLOSED -> c.clock().stage() == Stage.ANSWER_BACK ? List.of(Action.FEEDBACK) : List.of();
			case DUPLICATE -> List.of(Action.UNLINK_DUPLICATE);
			case VOIDED, ANSWERED -> List.of();
		};
	}
}
