/**
 * The desktop pages of the cases module: the case page every role shares ({@code /cases/{id}}), the command
 * centre's workbench with live queues ({@code /workbench}), the department's and community officer's task list
 * ({@code /department}) and the leader's first dashboard ({@code /dashboard}). Server-rendered Thymeleaf with htmx;
 * every action goes through {@link org.chengguan.cases.CaseManagement}, which checks role, scope and state again.
 */
package org.chengguan.cases.web.workbench;
