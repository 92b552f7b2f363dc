package org.chengguan.facilities.stalls;

/** A vendor's photo (证件照): personal data, for the vendor and the officers of the street only. */
public record VendorPhoto(byte[] bytes, String mediaType) {
}
