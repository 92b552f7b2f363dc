package org.chengguan.commerce.web;

import org.chengguan.commerce.internal.CommerceAccess;
import org.chengguan.commerce.internal.JointVisits;
import org.chengguan.commerce.internal.Merchant;
import org.chengguan.commerce.internal.MerchantStore;
import org.chengguan.commerce.internal.Merchants;
import org.chengguan.commerce.internal.StarRatings;
import org.chengguan.identity.Actor;
import org.chengguan.platform.ForbiddenException;
import org.springframework.stereotype.Component;

/** A merchant's whole record — the shop, its agreement, its visits, its stars — as the actor may see it. */
@Component
class MerchantRecords {

	private final Merchants merchants;

	private final MerchantStore store;

	private final JointVisits visits;

	private final StarRatings ratings;

	MerchantRecords(Merchants merchants, MerchantStore store, JointVisits visits, StarRatings ratings) {
		this.merchants = merchants;
		this.store = store;
		this.visits = visits;
		this.ratings = ratings;
	}

	/** Staff of the region see the owner in full; the owner sees the rest of their shop; others are refused. */
	MerchantJson record(Actor actor, long id) {
		Merchant m = merchants.require(id);
		MerchantJson.View view;
		if (CommerceAccess.reads(actor, m.regionCode())) {
			view = MerchantJson.View.FULL;
		}
		else if (m.ownerUserId() != null && m.ownerUserId() == actor.userId()) {
			view = MerchantJson.View.NONE;
		}
		else {
			throw new ForbiddenException("a merchant's record is shown to staff of its region and to its owner");
		}
		return MerchantJson.of(m, view, store.agreement(id).orElse(null), visitsOf(id),
				ratings.latest(id).orElse(null));
	}

	private java.util.List<org.chengguan.commerce.internal.Visit> visitsOf(long id) {
		return visits.ofMerchantUnchecked(id);
	}
}
