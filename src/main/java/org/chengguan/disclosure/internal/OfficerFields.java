package org.chengguan.disclosure.internal;

/** The fields of an officer's profile that an administrator writes. */
public record OfficerFields(String name, String duty, String phone, boolean phonePublic, int position, Long userId) {
}
