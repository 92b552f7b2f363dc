package org.chengguan.disclosure.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.RegionLevel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Administrators' changes to the officers disclosed and to a community's supervision contact. An update names the
 * version it was based on; a stale one is refused (409) so no edit is lost.
 */
@Service
public class OfficerEditing {

	private static final Pattern PHONE = Pattern.compile("[0-9][0-9 -]{4,19}");

	private final Officers officers;

	private final Supervisions supervisions;

	private final RegionDirectory regions;

	private final Actors actors;

	private final Clock clock;

	OfficerEditing(Officers officers, Supervisions supervisions, RegionDirectory regions, Actors actors, Clock clock) {
		this.officers = officers;
		this.supervisions = supervisions;
		this.regions = regions;
		this.actors = actors;
		this.clock = clock;
	}

	/** The community's profiles, private phones included: for administrators. */
	public List<OfficerProfile> profiles(String communityCode) {
		requireCommunity(communityCode);
		return officers.inCommunity(communityCode);
	}

	/** Adds an officer to a community, with a drawn placeholder photo until a real one is uploaded. */
	public OfficerProfile add(String communityCode, OfficerFields fields) {
		requireCommunity(communityCode);
		check(communityCode, fields);
		try {
			long id = officers.add(communityCode, fields, Avatars.placeholder(fields.name().strip()), clock.instant());
			return officers.byId(id).orElseThrow();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("User " + fields.userId() + " already has an officer's profile.");
		}
	}

	public OfficerProfile update(long id, int expectedVersion, OfficerFields fields) {
		OfficerProfile current = require(id);
		check(current.communityCode(), fields);
		boolean updated;
		try {
			updated = officers.update(id, expectedVersion, fields, clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("User " + fields.userId() + " already has an officer's profile.");
		}
		if (!updated) {
			throw stale(id);
		}
		return require(id);
	}

	public OfficerProfile replacePhoto(long id, byte[] upload) {
		require(id);
		officers.replacePhoto(id, Avatars.fromUpload(upload), clock.instant());
		return require(id);
	}

	public void remove(long id, int expectedVersion) {
		require(id);
		if (!officers.remove(id, expectedVersion)) {
			throw stale(id);
		}
	}

	public void putSupervision(String communityCode, Supervisions.Supervision supervision) {
		requireCommunity(communityCode);
		var faults = new ArrayList<String>();
		if (supervision.supervisionPhone() == null || !PHONE.matcher(supervision.supervisionPhone().strip()).matches()) {
			faults.add("supervisionPhone: digits, spaces and dashes, 5 to 20 characters");
		}
		if (supervision.complaintMethod() == null || supervision.complaintMethod().isBlank()
				|| supervision.complaintMethod().length() > 2000) {
			faults.add("complaintMethod: 1 to 2000 characters of plain text");
		}
		if (!faults.isEmpty()) {
			throw new InvalidInputException(String.join("; ", faults), faults);
		}
		supervisions.put(communityCode, new Supervisions.Supervision(supervision.supervisionPhone().strip(),
				supervision.complaintMethod().strip()), clock.instant());
	}

	private void check(String communityCode, OfficerFields fields) {
		var faults = new ArrayList<String>();
		if (fields.name() == null || fields.name().isBlank() || fields.name().length() > 50) {
			faults.add("name: 1 to 50 characters");
		}
		if (fields.duty() == null || fields.duty().isBlank() || fields.duty().length() > 500) {
			faults.add("duty: 1 to 500 characters");
		}
		if (fields.phone() == null || !PHONE.matcher(fields.phone().strip()).matches()) {
			faults.add("phone: digits, spaces and dashes, 5 to 20 characters");
		}
		if (fields.userId() != null) {
			Actor user = actors.byId(fields.userId()).orElse(null);
			if (user == null || !user.has(Role.OFFICER) || !user.covers(communityCode)) {
				faults.add("userId: user " + fields.userId() + " is not an officer (OFFICER) whose scope covers "
						+ communityCode);
			}
		}
		if (!faults.isEmpty()) {
			throw new InvalidInputException(String.join("; ", faults), faults);
		}
	}

	private OfficerProfile require(long id) {
		return officers.byId(id).orElseThrow(() -> new NotFoundException("No officer's profile " + id + "."));
	}

	private ConflictException stale(long id) {
		int current = officers.byId(id).map(OfficerProfile::version).orElse(-1);
		return new ConflictException("Officer " + id + " was changed meanwhile (now version " + current
				+ "): read it again and redo the change.", Map.of("currentVersion", current));
	}

	private void requireCommunity(String code) {
		if (code == null || !code.matches("[0-9]{12}")) {
			throw new InvalidInputException("A community code has 12 digits, was '" + code + "'.");
		}
		regions.region(code).filter(r -> r.level() == RegionLevel.COMMUNITY)
			.orElseThrow(() -> new NotFoundException("No community with code " + code + "."));
	}
}
