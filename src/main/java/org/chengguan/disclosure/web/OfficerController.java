package org.chengguan.disclosure.web;

import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.disclosure.Disclosure;
import org.chengguan.disclosure.internal.Officers;
import org.chengguan.disclosure.web.DisclosureJson.CommunityJson;
import org.chengguan.geo.GeoPoint;
import org.chengguan.platform.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Who is my officer" (「有事找城管，我在您身边」): public, no sign-in. */
@Tag(name = "disclosure", description = "公示: officers per community, 职责清单, 事项清单, 工作流程图, 执法手册")
@RestController
class OfficerController {

	private final Disclosure disclosure;

	private final Officers officers;

	OfficerController(Disclosure disclosure, Officers officers) {
		this.disclosure = disclosure;
		this.officers = officers;
	}

	record OfficersAtResponse(double lat, double lon, CommunityJson at) {
	}

	@Operation(summary = "The community a point lies in, its officers, station and supervision contact",
			description = "Coordinates in WGS-84 (GPS, 天地图), GCJ-02 (WeChat, AMap) or BD-09 (Baidu); lat/lon in the "
					+ "answer are the WGS-84 point used. Officers show a phone only where their duty makes it public. A "
					+ "point outside the city, or where no community is mapped, is a 404 problem.")
	@GetMapping("/api/v1/officers")
	OfficersAtResponse officersAt(@RequestParam double lat, @RequestParam double lon,
			@Parameter(description = "wgs84 | gcj02 | bd09") @RequestParam(defaultValue = "wgs84") String crs) {
		GeoPoint point = Points.parse(lat, lon, crs);
		return new OfficersAtResponse(point.lat(), point.lon(), CommunityJson.of(disclosure.at(point)));
	}

	@Operation(summary = "An officer's photo (PNG, 240 × 240)")
	@GetMapping(path = "/api/v1/officers/{id}/photo", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		byte[] photo = officers.photo(id).orElseThrow(() -> new NotFoundException("Officer " + id + " has no photo."));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(photo);
	}
}
