package org.chengguan.commerce.internal;

import java.util.Optional;

import org.chengguan.cases.CaseSubjects;
import org.springframework.stereotype.Component;

/**
 * Merchants as what cases can be about ({@code merchant:<id>}): a case opened by a failed joint-inspection item, or
 * a complaint about a shop. The cases module stores the reference and asks here whether the shop exists and where
 * it is; the name is public (it is on the shop's sign), nothing personal crosses.
 */
@Component
class MerchantSubjects implements CaseSubjects {

	static final String KIND = "merchant";

	private final MerchantStore store;

	MerchantSubjects(MerchantStore store) {
		this.store = store;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<Subject> find(String id) {
		if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
			return Optional.empty();
		}
		return store.find(Long.parseLong(id)).map(m -> new Subject(m.name(), m.location(), null));
	}
}
