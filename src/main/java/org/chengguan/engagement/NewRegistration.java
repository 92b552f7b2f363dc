package org.chengguan.engagement;

/** A registration as the public sends it: name, mainland mobile, group or organisation (optional), party of 1–5. */
public record NewRegistration(String name, String phone, String organisation, Integer partySize) {
}
