package org.chengguan.regions.web;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.ServicePoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "regions", description = "区域与网格: districts, streets, communities, unit grids, service network")
@RestController
class LocateController {

	private final RegionDirectory directory;

	LocateController(RegionDirectory directory) {
		this.directory = directory;
	}

	@Operation(summary = "Which grid, community, street and district a point lies in",
			description = "Coordinates may be WGS-84 (GPS, 天地图), GCJ-02 (WeChat, AMap) or BD-09 (Baidu); the answer "
					+ "gives the WGS-84 point used. A point outside the city is a 404 problem.")
	@GetMapping("/api/v1/locate")
	LocateResponse locate(@RequestParam double lat, @RequestParam double lon,
			@Parameter(description = "wgs84 | gcj02 | bd09") @RequestParam(defaultValue = "wgs84") String crs) {
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw new InvalidInputException("lat must be a latitude in degrees within [-90, 90], was " + lat);
		}
		if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
			throw new InvalidInputException("lon must be a longitude in degrees within [-180, 180], was " + lon);
		}
		Crs system;
		try {
			system = Crs.parse(crs);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(e.getMessage());
		}
		GeoPoint point = system.toWgs84(lat, lon);
		Location location = directory.locate(point)
			.orElseThrow(() -> new NotFoundException("The point (" + point.lat() + ", " + point.lon()
					+ ") in WGS-84 lies outside every mapped district of the city."));
		Optional<ServicePoint> station = location.community()
			.flatMap(c -> directory.servicePointsWithin(c.code()).stream()
				.filter(p -> p.kind() == ServicePoint.Kind.STATION && p.servesCode().equals(c.code()))
				.findFirst());
		return LocateResponse.of(location, station);
	}

	record LocateResponse(PointJson point, @JsonInclude(JsonInclude.Include.ALWAYS) RegionSummary grid,
			@JsonInclude(JsonInclude.Include.ALWAYS) RegionSummary community, RegionSummary street,
			RegionSummary district, @JsonInclude(JsonInclude.Include.ALWAYS) ServicePointJson station) {

		static LocateResponse of(Location location, Optional<ServicePoint> station) {
			return new LocateResponse(new PointJson(location.point().lat(), location.point().lon()),
					RegionSummary.of(location.grid().orElse(null)), RegionSummary.of(location.community().orElse(null)),
					RegionSummary.of(location.street()), RegionSummary.of(location.district()),
					station.map(ServicePointJson::of).orElse(null));
		}
	}

	record PointJson(double lat, double lon) {
	}
}
