package org.chengguan.engagement;

import org.chengguan.cases.CaseTransitioned;
import org.chengguan.cases.Channel;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a complaint's copy of its case's status current, in the transition's own transaction (a plain listener of
 * the synchronously published {@link CaseTransitioned}), so the answer-back queue never disagrees with the case.
 */
@Component
class HotlineCaseListener {

	private final Hotline hotline;

	HotlineCaseListener(Hotline hotline) {
		this.hotline = hotline;
	}

	@EventListener
	void on(CaseTransitioned event) {
		if (event.channel() == Channel.HOTLINE && event.from() != event.to()) {
			hotline.caseMoved(event.caseId(), event.to());
		}
	}
}
