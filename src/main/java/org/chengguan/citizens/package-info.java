/**
 * Citizens (市民服务, the citizen loop C5): notifications (通知) of what happens to the cases a citizen follows, written
 * to an outbox in the transaction of the transition and delivered through {@link
 * org.chengguan.citizens.NotificationChannel}s; and rewards (奖励, 「微信红包奖励」) for valid reports, kept in a
 * double-entry ledger and paid out through a {@link org.chengguan.citizens.PayoutChannel}.
 * <p>
 * The module listens to {@link org.chengguan.cases.CaseTransitioned}; nothing depends on it. Its base package holds
 * the two variation points (and the records they exchange); each implementation is a bean in a sub-package.
 */
package org.chengguan.citizens;
