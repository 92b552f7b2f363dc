package org.chengguan.facilities;

import java.time.Clock;
import java.util.Optional;

import org.chengguan.facilities.internal.ApiKeys;
import org.chengguan.facilities.internal.LiveStateStore;
import org.chengguan.facilities.internal.LiveStateStore.Target;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.UnauthenticatedException;
import org.springframework.stereotype.Service;

/**
 * The live state fed by the facilities' own systems (实时状态): a parking lot's gate system reports free spaces, a
 * charging operator's platform reports each port's state. Each caller proves itself with the facility's API key
 * (issued by an administrator, stored only as a hash), not with a user's token.
 */
@Service
public class LiveFeeds {

	private final LiveStateStore store;

	private final Clock clock;

	LiveFeeds(LiveStateStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Sets the free spaces of a parking lot, or changes them by {@code change} (−1 a car in, +1 a car out); the result
	 * stays within 0 and the capacity. Returns the free spaces now.
	 *
	 * @throws UnauthenticatedException (401) without a key; {@link ForbiddenException} (403) with a wrong one
	 * @throws NotFoundException (404) for an unknown facility; {@link InvalidInputException} (400) for bad numbers or
	 *         a facility that is not a parking lot
	 */
	public int occupancy(long facilityId, String apiKey, Integer freeSpaces, Integer change) {
		byte[] hash = hashOf(apiKey);
		if ((freeSpaces == null) == (change == null)) {
			throw new InvalidInputException("send either freeSpaces (the number free now) or change (e.g. -1 for a "
					+ "car that came in), not both or neither");
		}
		if (freeSpaces != null && freeSpaces < 0) {
			throw new InvalidInputException("freeSpaces must be 0 or more, was " + freeSpaces);
		}
		Optional<Integer> free = store.occupancy(facilityId, hash, freeSpaces, change, clock.instant());
		if (free.isPresent()) {
			return free.get();
		}
		refuse(facilityId, hash, "PARKING", "occupancy is fed for parking lots only");
		throw new IllegalStateException("unreachable");
	}

	/** Sets a charging port's state; returns the station's free AC and DC ports now. Refusals as {@link #occupancy}. */
	public FreePorts portState(long facilityId, int port, String apiKey, PortState state) {
		byte[] hash = hashOf(apiKey);
		if (state == null) {
			throw new InvalidInputException("state is required: FREE, CHARGING, FAULT or OFFLINE");
		}
		Optional<FreePorts> counts = store.portState(facilityId, port, hash, state, clock.instant());
		if (counts.isPresent()) {
			return counts.get();
		}
		refuse(facilityId, hash, "EV_CHARGING", "port states are fed for charging stations only");
		if (!store.portExists(facilityId, port)) {
			throw new NotFoundException("Charging station " + facilityId + " has no port " + port + ".");
		}
		throw new IllegalStateException("the port update failed for an unknown reason");
	}

	/** Issues a new API key for the facility, replacing any earlier one; the key is returned once and never stored. */
	public String issueKey(long facilityId) {
		String key = ApiKeys.newKey();
		if (!store.setKey(facilityId, ApiKeys.hash(key))) {
			throw new NotFoundException("There is no facility " + facilityId + ".");
		}
		return key;
	}

	private static byte[] hashOf(String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new UnauthenticatedException("This needs the facility's API key in the header X-Api-Key.");
		}
		return ApiKeys.hash(apiKey.strip());
	}

	private void refuse(long facilityId, byte[] hash, String type, String wrongType) {
		Target target = store.target(facilityId, hash)
			.orElseThrow(() -> new NotFoundException("There is no facility " + facilityId + "."));
		if (!target.hasKey()) {
			throw new ForbiddenException("Facility " + facilityId + " has no API key issued: it takes no live feed.");
		}
		if (!target.keyMatches()) {
			throw new ForbiddenException("The API key is not the key of facility " + facilityId + ".");
		}
		if (!target.type().equals(type)) {
			throw new InvalidInputException(wrongType + "; facility " + facilityId + " is " + target.type());
		}
	}
}
