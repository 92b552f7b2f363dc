package org.chengguan.commerce.internal;

/** Masks personal data for lists: 138****1234, 340***********1234, 张**. */
public final class Masking {

	private Masking() {
	}

	public static String phone(String phone) {
		if (phone == null || phone.length() < 7) {
			return phone == null ? null : "****";
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

	public static String idNumber(String id) {
		if (id == null || id.length() < 8) {
			return id == null ? null : "****";
		}
		return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
	}

	public static String name(String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		return name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
	}
}
