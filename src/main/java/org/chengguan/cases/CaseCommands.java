package org.chengguan.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.Department;
import org.chengguan.catalogue.Routing;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.worktime.TimeLimit;
import org.springframework.stereotype.Component;

/**
 * Applies one action to a loaded case: reads what the action needs from the command (a department, photos, a
 * rating, an extension), looks up routing and limits in the catalogue, and calls the aggregate's method for it.
 */
@Component
class CaseCommands {

	private final CatalogueManagement catalogue;

	private final Deadlines deadlines;

	private final Cases cases;

	CaseCommands(CatalogueManagement catalogue, Deadlines deadlines, Cases cases) {
		this.catalogue = catalogue;
		this.deadlines = deadlines;
		this.cases = cases;
	}

	void perform(Actor actor, Case c, Action action, ActionCommand command, Instant now) {
		Performer by = performer(actor, roleFor(action, actor));
		switch (action) {
			case VERIFY -> c.verify(by, command.categoryCode() == null ? null : category(command.categoryCode()).code(),
					command.comment(), now, deadlines);
			case FILE -> {
				Routing routing = catalogue.route(c.categoryCode(), c.region().finest());
				c.file(by, routing.lead().code(), command.comment(), now, deadlines);
				if (routing.autoDispatch()) {
					c.dispatch(Performer.SYSTEM, routing.lead().code(), codes(routing.assisting()),
							category(c.categoryCode()).defaultLimit(), "按路由规则自动派遣", now, deadlines);
				}
			}
			case VOID -> c.voidCase(by, command.comment(), now);
			case DISPATCH -> {
				String department = command.departmentCode() != null ? department(command.departmentCode())
						: Optional.ofNullable(c.proposedDepartment()).orElseThrow(
								() -> new InvalidInputException("departmentCode is required: no department was proposed"));
				command.assistingDepartmentCodes().forEach(this::department);
				List<String> assisting = command.assistingDepartmentCodes();
				if (assisting.isEmpty() && department.equals(c.proposedDepartment())) {
					assisting = codes(catalogue.route(c.categoryCode(), c.region().finest()).assisting());
				}
				TimeLimit limit = category(c.categoryCode()).defaultLimit();
				c.dispatch(by, department, assisting, limit, command.comment(), now, deadlines);
			}
			case REQUEST_RETURN -> c.requestReturn(by, command.comment(), now);
			case APPROVE_RETURN -> c.decideReturn(by, command.isApproved(), command.comment(), now, deadlines);
			case REQUEST_EXTENSION -> {
				if (command.extensionAmount() == null || command.extensionUnit() == null) {
					throw new InvalidInputException("request-extension needs extensionAmount and extensionUnit "
							+ "(WORK_HOURS, WORK_DAYS or NATURAL_HOURS)");
				}
				c.requestExtension(by, new TimeLimit(command.extensionAmount(), command.extensionUnit()),
						command.comment(), now);
			}
			case APPROVE_EXTENSION -> c.decideExtension(by, command.isApproved(), command.comment(), now, deadlines);
			case REQUEST_SHELVING -> c.requestShelving(by, command.comment(), now);
			case APPROVE_SHELVING -> c.decideShelving(by, command.isApproved(), command.comment(), now);
			case HANDLE -> c.reportHandled(by, command.comment(), command.photoIds(), now, deadlines);
			case CHECK_PASS -> c.passCheck(by, command.comment(), command.photoIds(), now, deadlines);
			case CHECK_FAIL -> c.failCheck(by, command.comment(), command.photoIds(), now, deadlines);
			case CLOSE -> c.close(by, command.comment(), now, deadlines);
			case FEEDBACK -> {
				if (command.satisfaction() == null) {
					throw new InvalidInputException("feedback needs satisfaction: SATISFIED, BASICALLY_SATISFIED or "
							+ "UNSATISFIED");
				}
				c.feedback(by, command.satisfaction(), command.comment(), now, deadlines);
			}
			case URGE -> c.urge(by, command.comment(), now);
			case SUPERVISE -> c.supervise(by, command.comment(), now);
			case LINK_DUPLICATE -> {
				if (command.masterCaseId() == null) {
					throw new InvalidInputException("link-duplicate needs masterCaseId");
				}
				c.linkAsDuplicateOf(by, cases.findById(command.masterCaseId()).orElseThrow(
						() -> new NotFoundException("No case has the id " + command.masterCaseId() + ".")), command.comment(), now);
			}
			case UNLINK_DUPLICATE -> c.unlinkDuplicate(by, command.comment(), now, deadlines);
			default -> throw new InvalidInputException(action.path() + " is not an action on an existing case");
		}
	}

	private static List<String> codes(List<Department> departments) {
		return departments.stream().map(Department::code).toList();
	}


	private Category category(String code) {
		return catalogue.category(code).filter(Category::active)
			.orElseThrow(() -> new InvalidInputException("categoryCode '" + code + "' is not an active category"));
	}

	private String department(String code) {
		return catalogue.department(code).map(Department::code)
			.orElseThrow(() -> new InvalidInputException("departmentCode '" + code + "' is not a known department "
					+ "(see GET /api/v1/departments)"));
	}

	/** The role the actor acts in for this action, for the audit trail. */
	private static Role roleFor(Action action, Actor actor) {
		return actor.roles().stream()
			.filter(role -> CaseActionPolicy.roleMatters(action, role))
			.findFirst()
			.orElse(actor.roles().iterator().next());
	}

	private static Performer performer(Actor actor, Role role) {
		return new Performer(actor.userId(), role.name());
	}
}
