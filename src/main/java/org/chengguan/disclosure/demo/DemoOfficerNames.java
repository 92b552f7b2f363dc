package org.chengguan.disclosure.demo;

import java.util.Random;

/**
 * GENERATED names and mobile numbers for the demo officers, the same for a community on every run (seeded by its
 * code). The numbers have the shape of mainland mobile numbers and belong to nobody we know of; the public sees only
 * those whose duty makes them public.
 */
final class DemoOfficerNames {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海波宁浩宇晨阳鹏飞斌婷雪梅";

	private static final String[] PREFIXES = { "135", "136", "137", "138", "139", "150", "151", "152", "157", "158",
			"159", "182", "183", "187", "188", "198" };

	private final Random random;

	DemoOfficerNames(String communityCode, int which) {
		this.random = new Random(communityCode.hashCode() * 31L + which);
	}

	String name() {
		var name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		int given = random.nextInt(3) == 0 ? 1 : 2;
		for (int i = 0; i < given; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	String mobile() {
		return PREFIXES[random.nextInt(PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
	}

	/** A fictional landline of the city (区号 0561). */
	static String landline(String code) {
		return "0561-" + (3_000_000 + Math.floorMod(code.hashCode(), 999_999));
	}
}
