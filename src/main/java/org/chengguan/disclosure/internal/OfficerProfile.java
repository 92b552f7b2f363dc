package org.chengguan.disclosure.internal;

import java.time.Instant;
import java.util.Optional;

import org.chengguan.disclosure.PublicOfficer;

/**
 * An officer's profile as stored, private phone included: for administrators only. {@link #toPublic()} is what anyone
 * else sees.
 *
 * @param userId the OFFICER user account this profile describes, if any
 * @param phonePublic whether the officer's duty makes the phone public (e.g. the station's chief on duty)
 * @param position order on the community's list, lowest first
 */
public record OfficerProfile(long id, String communityCode, Long userId, String name, String duty, String phone,
		boolean phonePublic, int position, boolean hasPhoto, int version, Instant updatedAt) {

	public PublicOfficer toPublic() {
		return new PublicOfficer(id, name, duty, phonePublic ? Optional.of(phone) : Optional.empty(), hasPhoto,
				hasPhoto ? version + 1 : 0);
	}
}
