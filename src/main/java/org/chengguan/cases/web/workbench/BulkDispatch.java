package org.chengguan.cases.web.workbench;

import java.util.ArrayList;
import java.util.List;

import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.identity.Actor;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * 批量派遣: several filed cases to one department, each in its own transaction, so one refusal (another dispatcher
 * was quicker, a case outside the scope) stops nothing else. Without a department each case goes to the department
 * its routing rule proposed.
 */
@Component
class BulkDispatch {

	/** At most this many cases per request. */
	static final int MAX = 100;

	private final CaseManagement cases;

	BulkDispatch(CaseManagement cases) {
		this.cases = cases;
	}

	/** How one case fared: dispatched, or refused with the kind of refusal and the server's reason. */
	record Result(long id, String number, boolean ok, String kind, String detail) {
	}

	/** Dispatches each picked case; {@code picks} are {@code id:version} as the queue showed each case. */
	List<Result> dispatch(Actor me, List<String> picks, String departmentCode, Names.Lookup names) {
		String department = departmentCode == null || departmentCode.isBlank() ? null : departmentCode.strip();
		List<Result> results = new ArrayList<>();
		for (String pick : picks.stream().distinct().limit(MAX).toList()) {
			String[] parts = pick.split(":");
			long id;
			Integer version;
			try {
				id = Long.parseLong(parts[0].strip());
				version = parts.length > 1 ? Integer.valueOf(parts[1].strip()) : null;
			}
			catch (NumberFormatException e) {
				continue;
			}
			results.add(dispatchOne(me, id, version, department, names));
		}
		return results;
	}

	private Result dispatchOne(Actor me, long id, Integer version, String department, Names.Lookup names) {
		String number = String.valueOf(id);
		try {
			number = cases.get(me, id).number();
			Case dispatched = cases.act(me, id, Action.DISPATCH, new ActionCommand(null, department, null, null, null,
					version, null, null, null, null, null));
			return new Result(id, number, true, "ok", names.department(dispatched.leadDepartment()));
		}
		catch (ForbiddenException e) {
			return new Result(id, number, false, "forbidden", e.getMessage());
		}
		catch (ConflictException e) {
			return new Result(id, number, false, "stale", e.getMessage());
		}
		catch (InvalidInputException | NotFoundException | IllegalArgumentException e) {
			return new Result(id, number, false, "invalid", e.getMessage());
		}
	}
}
