package org.chengguan.disclosure;

import java.util.List;
import java.util.Optional;

import org.chengguan.regions.Region;
import org.chengguan.regions.ServicePoint;

/**
 * What is disclosed for one community (社区公示): its officers, its station (社区城市管理工作站), and how to supervise
 * them (监督方式): the supervision phone (监督电话) and how to complain (投诉方式).
 */
public record CommunityDisclosure(Region community, Region street, Region district, Optional<ServicePoint> station,
		List<PublicOfficer> officers, String supervisionPhone, String complaintMethod) {

	public CommunityDisclosure {
		officers = List.copyOf(officers);
	}
}
