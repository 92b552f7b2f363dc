package org.chengguan.regions;

import java.util.Arrays;
import java.util.Optional;

/**
 * The levels of the administrative hierarchy and the length of their codes: 市 3406, 区/县 340603, 街道/镇 340603001,
 * 社区 340603001001, 万米单元网格 340603001001001 (Beijing DB11 practice: 6 + 3 + 3 + 3 digits).
 */
public enum RegionLevel {

	/** 市 */
	CITY(4),
	/** 区/县 (district or county) */
	DISTRICT(6),
	/** 街道/镇/乡 (street office or town) */
	STREET(9),
	/** 社区 (community) */
	COMMUNITY(12),
	/** 万米单元网格 (unit grid of about 10,000 m²) */
	GRID(15);

	private final int codeLength;

	RegionLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return codeLength;
	}

	public Optional<RegionLevel> parent() {
		return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	public Optional<RegionLevel> child() {
		return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	/** The level whose codes have this length, if any. */
	public static Optional<RegionLevel> ofCodeLength(int length) {
		return Arrays.stream(values()).filter(l -> l.codeLength == length).findFirst();
	}

	/**
	 * The level of a well-formed code.
	 * @throws IllegalArgumentException naming what is wrong with the code
	 */
	public static RegionLevel ofCode(String code) {
		if (code == null || code.isEmpty() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new IllegalArgumentException("a region code is digits only, was '" + code + "'");
		}
		return ofCodeLength(code.length()).orElseThrow(() -> new IllegalArgumentException("a region code has 4, 6, 9, "
				+ "12 or 15 digits (city, district, street, community, grid), '" + code + "' has " + code.length()));
	}

	/** The code of the parent region: the code's prefix one level up. */
	public static Optional<String> parentCode(String code) {
		return ofCode(code).parent().map(p -> code.substring(0, p.codeLength));
	}
}
