package org.chengguan.disclosure;

import java.util.Optional;

/**
 * A community officer (社区城管队员) as the public sees them: name, duty, photo, and the phone only where the duty makes
 * it public — a private phone never enters this record, so nothing built from it can show one.
 *
 * @param id the profile's id; null for an OFFICER account of the community that has no profile yet
 * @param photoVersion changes with the photo, so its URL can be cached for long; 0 when there is no photo
 */
public record PublicOfficer(Long id, String name, String duty, Optional<String> phone, boolean hasPhoto,
		int photoVersion) {
}
