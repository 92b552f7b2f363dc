package org.chengguan.cases;

/**
 * A transition that moved a case from one status to another, with its place in the audit trail. The trail is
 * append-only, so {@code id} (the trail row's id) names the change for ever, also outside the platform.
 *
 * @param leadDepartment the case's lead department right after the change; null while it has none
 */
public record StatusChange(long id, long caseId, Transition transition, String leadDepartment) {
}
