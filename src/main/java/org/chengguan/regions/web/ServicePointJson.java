package org.chengguan.regions.web;

import org.chengguan.regions.ServicePoint;

record ServicePointJson(String code, String kind, String name, String address, String phone, double lat, double lon,
		String serves) {

	static ServicePointJson of(ServicePoint p) {
		return new ServicePointJson(p.code(), p.kind().name(), p.name(), p.address(), p.phone(), p.location().lat(),
				p.location().lon(), p.servesCode());
	}
}
