/**
 * The mobile pages (移动端页面): the citizen's 随手拍 report, "my reports" and the nearby map; the grid inspector's
 * (网格员) tasks with deadline countdowns, patrol report with 自处理, and grids map. Server-rendered Thymeleaf on the
 * session sign-in; the report form's script uploads photos and submits the report through the endpoints here, with
 * an idempotency key so that retries on a bad network never file a report twice. A case's own page,
 * {@code /cases/{id}}, is the shared case page's.
 */
package org.chengguan.cases.web.mobile;
