/**
 * Cases (案卷) and their lifecycle (C2–C5): intake from every channel, verification, filing, dispatch, handling,
 * checking, closure and the answer back, with deadlines in working time, routing, duplicates and the audit trail.
 * The {@link org.chengguan.cases.Case} aggregate owns every change of state.
 */
package org.chengguan.cases;
