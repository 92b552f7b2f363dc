package org.chengguan.cases.web.mobile;

/**
 * A category as the report form's picker shows it: picture and name, and the words a search matches.
 *
 * @param searchText the name, codes, class and kind, lower case, for the picker's search box
 */
public record CategoryChoice(String code, String name, Picture picture, boolean urgent, String searchText) {
}
