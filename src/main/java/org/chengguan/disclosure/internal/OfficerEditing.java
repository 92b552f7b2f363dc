package org.chengguan.disclosure.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

	/** An officer added from a page's form: the profile, and whether this call added it or the form's key had. */
	public record Added(OfficerProfile profile, boolean created) {
	}

	/**
	 * Adds an officer from a page's form: with the uploaded photo if there is one (else a drawn placeholder), and at
	 * most once per {@code formKey} — the same form sent again answers with the officer it added.
	 *
	 * @throws InvalidInputException (400) listing every fault of the fields, before anything is written
	 * @throws org.chengguan.platform.PayloadTooLargeException (413) or
	 *         {@link org.chengguan.platform.UnsupportedContentException} (415) for a photo that cannot be used
	 */
	public Added add(String communityCode, OfficerFields fields, String formKey, byte[] upload) {
		requireCommunity(communityCode);
		if (formKey == null || formKey.isBlank() || formKey.length() > 100) {
			throw new InvalidInputException("formKey: the form's key, 1 to 100 characters",
					List.of("formKey: the form's key, 1 to 100 characters"));
		}
		Optional<OfficerProfile> earlier = officers.byFormKey(formKey);
		if (earlier.isPresent()) {
			return new Added(earlier.get(), false);
		}
		check(communityCode, fields);
		byte[] photo = upload == null || upload.length == 0 ? Avatars.placeholder(fields.name().strip())
				: Avatars.fromUpload(upload);
		try {
			Optional<Long> id = officers.add(communityCode, fields, photo, formKey, clock.instant());
			return id.map(i -> new Added(officers.byId(i).orElseThrow(), true))
				.orElseGet(() -> new Added(officers.byFormKey(formKey).orElseThrow(), false));
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
		checkSupervision(supervision);
		supervisions.put(communityCode, clean(supervision), clock.instant());
	}

	/** The community's own supervision contact with its version; empty where the city's defaults apply. */
	public Optional<Supervisions.StoredSupervision> supervision(String communityCode) {
		requireCommunity(communityCode);
		return supervisions.stored(communityCode);
	}

	/**
	 * Sets the community's supervision contact if the stored one is still at {@code expectedVersion} (0 when the
	 * editor saw none).
	 *
	 * @throws InvalidInputException (400) listing every fault
	 * @throws ConflictException (409) if it was changed meanwhile, with {@code currentVersion}
	 */
	public void putSupervision(String communityCode, Supervisions.Supervision supervision, int expectedVersion) {
		requireCommunity(communityCode);
		checkSupervision(supervision);
		if (!supervisions.put(communityCode, clean(supervision), expectedVersion, clock.instant())) {
			int current = supervisions.stored(communityCode).map(Supervisions.StoredSupervision::version).orElse(0);
			throw new ConflictException("The supervision contact of " + communityCode + " was changed meanwhile (now "
					+ "version " + current + "): read it again and redo the change.", Map.of("currentVersion", current));
		}
	}

	private static Supervisions.Supervision clean(Supervisions.Supervision supervision) {
		return new Supervisions.Supervision(supervision.supervisionPhone().strip(), supervision.complaintMethod().strip());
	}

	private static void checkSupervision(Supervisions.Supervision supervision) {
		if (supervision == null) {
			throw new InvalidInputException("the body is missing: supervisionPhone and complaintMethod");
		}
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
	}

	private void check(String communityCode, OfficerFields fields) {
		List<String> faults = faults(communityCode, fields);
		if (!faults.isEmpty()) {
			throw new InvalidInputException(String.join("; ", faults), faults);
		}
	}

	/**
	 * Every fault of an officer's fields in a community, each starting with the field's name ({@code name: …});
	 * empty when they may be saved.
	 */
	public List<String> faults(String communityCode, OfficerFields fields) {
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
		return faults;
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
