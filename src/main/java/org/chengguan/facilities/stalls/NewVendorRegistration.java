package org.chengguan.facilities.stalls;

import java.util.List;

/**
 * What a citizen registers as a vendor (摊贩登记), as typed; checked by {@code VendorRegistrations}.
 *
 * @param name the vendor's real name (personal data)
 * @param phone a mainland mobile number (personal data)
 * @param idNumber the resident ID card number (personal data, stored, shown masked to all but the vendor)
 * @param goods what they sell
 * @param streetCode the street (街道, 9 digits) they register in, whose officers verify
 */
public record NewVendorRegistration(String name, String phone, String idNumber, List<String> goods,
		String streetCode) {

	public NewVendorRegistration {
		name = name == null ? null : name.strip();
		goods = goods == null ? List.of()
				: goods.stream().map(g -> g == null ? "" : g.strip()).filter(g -> !g.isEmpty()).distinct().toList();
		streetCode = streetCode == null ? null : streetCode.strip();
	}
}
