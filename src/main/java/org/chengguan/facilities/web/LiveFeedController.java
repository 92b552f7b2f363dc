package org.chengguan.facilities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.facilities.FreePorts;
import org.chengguan.facilities.LiveFeeds;
import org.chengguan.facilities.PortState;
import org.chengguan.platform.InvalidInputException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The live feeds from gate and charging systems, each authenticated by the facility's API key (X-Api-Key). */
@Tag(name = "facilities")
@RestController
class LiveFeedController {

	static final String KEY_HEADER = "X-Api-Key";

	private final LiveFeeds feeds;

	LiveFeedController(LiveFeeds feeds) {
		this.feeds = feeds;
	}

	record OccupancyRequest(Integer freeSpaces, Integer change) {
	}

	record OccupancyResponse(long id, int freeSpaces) {
	}

	@Operation(summary = "A parking lot's free spaces now, from its gate system (X-Api-Key: the facility's key)",
			description = "{\"freeSpaces\": 12} sets the number; {\"change\": -1} counts a car in (+1 out). The result "
					+ "stays within 0 and the capacity. 401 without a key, 403 with a wrong one, 404 unknown facility.")
	@PutMapping("/api/v1/facilities/{id}/occupancy")
	OccupancyResponse occupancy(@PathVariable String id, @RequestHeader(name = KEY_HEADER, required = false) String key,
			@RequestBody OccupancyRequest body) {
		long facilityId = FacilityController.id(id);
		return new OccupancyResponse(facilityId, feeds.occupancy(facilityId, key, body.freeSpaces(), body.change()));
	}

	record PortRequest(String state) {
	}

	record PortResponse(long id, int port, PortState state, int portsFreeAc, int portsFreeDc) {
	}

	@Operation(summary = "A charging port's state, from its operator's platform (X-Api-Key: the facility's key)",
			description = "{\"state\": \"FREE\"} — FREE, CHARGING, FAULT or OFFLINE. Answers the station's free ports.")
	@PutMapping("/api/v1/facilities/{id}/ports/{port}")
	PortResponse port(@PathVariable String id, @PathVariable String port,
			@RequestHeader(name = KEY_HEADER, required = false) String key, @RequestBody PortRequest body) {
		long facilityId = FacilityController.id(id);
		int portNo;
		try {
			portNo = Integer.parseInt(port);
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("A port is a number from 1, was '" + port + "'");
		}
		PortState state;
		try {
			state = body.state() == null ? null : PortState.valueOf(body.state().strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("state must be FREE, CHARGING, FAULT or OFFLINE, was '" + body.state() + "'");
		}
		FreePorts free = feeds.portState(facilityId, portNo, key, state);
		return new PortResponse(facilityId, portNo, state, free.ac(), free.dc());
	}
}
