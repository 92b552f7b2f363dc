/**
 * Engagement (C11): the complaint and suggestion hotline (热线) and the open days (「城管开放日」).
 * <p>
 * {@link org.chengguan.engagement.Hotline}: an operator (受理员) registers a call — a complaint (投诉), which becomes a
 * case of the {@code cases} module on the HOTLINE channel in the same transaction; a consultation (咨询), answered on
 * the spot; a suggestion (建议), recorded and replied to — and logs the answer-back calls (回访) of closed hotline
 * cases, recording a reached caller's satisfaction on the case through the lifecycle's FEEDBACK action. The caller's
 * phone is shown in full only on the call's own screen to an operator of its region; everywhere else it is masked.
 * <p>
 * {@link org.chengguan.engagement.OpenDays}: events with a date, a place and a capacity, created by staff of their
 * region; the public registers (name, phone, group, party of 1–5) without an account and keeps a registration code
 * to see, cancel and rate it; a conditional update on the event's row keeps the seats taken within the capacity
 * however many register at once. Staff mark attendance; registrants leave feedback after the event.
 */
package org.chengguan.engagement;
