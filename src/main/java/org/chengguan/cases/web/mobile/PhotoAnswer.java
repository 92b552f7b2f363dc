package org.chengguan.cases.web.mobile;

/**
 * An uploaded photo: its id for the report, and where the camera says it was taken (WGS-84), if it says.
 */
public record PhotoAnswer(String id, Position takenAt) {

	public record Position(double lat, double lon) {
	}
}
