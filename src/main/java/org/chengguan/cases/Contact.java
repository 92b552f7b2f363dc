package org.chengguan.cases;

/** A hotline caller's name and phone, taken by the operator; personal data shown only to staff. */
public record Contact(String name, String phone) {
}
