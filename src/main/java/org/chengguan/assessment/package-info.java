/**
 * Assessment (综合评价 / 考核, C10): indicators per inspector, operator, shift leader, dispatcher, department and
 * region level over any period, from rollups that every transition of the lifecycle updates in its own transaction
 * (so they are always current), and that a rebuild recomputes from the audit trail with the same result.
 * <p>
 * The module listens to {@link org.chengguan.cases.CaseTransitioned} and reads case histories through
 * {@link org.chengguan.cases.CaseManagement}; nothing depends on it.
 */
package org.chengguan.assessment;
