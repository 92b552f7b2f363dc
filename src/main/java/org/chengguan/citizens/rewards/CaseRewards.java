package org.chengguan.citizens.rewards;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseTransitioned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rewards a report when it is filed (立案), in the filing's transaction. Only FILE counts: an approved return puts a
 * case back to FILED by another action, and a case is filed at most once, so nothing else could credit twice.
 */
@Component
class CaseRewards {

	private final RewardCrediting crediting;

	CaseRewards(RewardCrediting crediting) {
		this.crediting = crediting;
	}

	@EventListener
	void on(CaseTransitioned transition) {
		if (transition.action() == Action.FILE) {
			crediting.credit(transition);
		}
	}
}
