package org.chengguan.open311.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chengguan.cases.CaseLocation;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Department;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Component;

/** Names the public may read: departments (the agency responsible) and the regions a case lies in (its address). */
@Component
class PublicNames {

	private final CatalogueManagement catalogue;

	private final RegionDirectory regions;

	private final PublicTexts texts;

	PublicNames(CatalogueManagement catalogue, RegionDirectory regions, PublicTexts texts) {
		this.catalogue = catalogue;
		this.regions = regions;
		this.texts = texts;
	}

	/** Who handles a case: its department, or the community's officers (社区城管队员) when it has none. */
	String agency(String departmentCode) {
		return departmentCode == null ? texts.text("agency.community-team") : department(departmentCode);
	}

	String department(String code) {
		return catalogue.department(code).map(Department::name).orElse(code);
	}

	/** Where the routing rules send a case of the category in the region; null if the catalogue cannot say. */
	String routed(String categoryCode, String regionCode) {
		try {
			return catalogue.route(categoryCode, regionCode).lead().name();
		}
		catch (RuntimeException unknownCategory) {
			return null;
		}
	}

	/** From the most specific region to the city, as the spec orders an address: 翠峰社区, 相南街道, 相山区, 淮北市. */
	String address(CaseLocation at) {
		String city = at.districtCode() == null || at.districtCode().length() < 4 ? null
				: at.districtCode().substring(0, 4);
		List<String> codes = Stream.of(at.communityCode(), at.streetCode(), at.districtCode(), city)
			.filter(Objects::nonNull)
			.toList();
		return codes.stream()
			.map(code -> regions.region(code).map(Region::name).orElse(null))
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
	}
}
