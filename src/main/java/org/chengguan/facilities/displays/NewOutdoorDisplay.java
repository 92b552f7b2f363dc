package org.chengguan.facilities.displays;

import java.time.LocalDate;
import java.util.List;

/**
 * What a shop asks for (特色外摆申请), as sent; checked by {@code OutdoorDisplayRules}.
 *
 * @param licenceNumber the shop's unified social credit code (统一社会信用代码)
 * @param shopLat the shop's location, in {@code crs} (null: WGS-84)
 * @param zone the zone's corners as [lon, lat] in {@code crs}; or null with {@code rectangle}
 * @param rectangle a rectangle in front of the shop; or null with {@code zone}
 * @param dailyHours the window each day, e.g. 10:00-22:00 (null: 08:00-22:00)
 * @param displayed what will be displayed (外摆内容)
 * @param contactPhone a mobile number for the officers (personal data)
 */
public record NewOutdoorDisplay(String shopName, String licenceNumber, String shopAddress, Double shopLat,
		Double shopLon, String crs, List<List<Double>> zone, Rectangle rectangle, LocalDate from, LocalDate to,
		String dailyHours, String displayed, String contactPhone) {

	/**
	 * A rectangle in front of the shop: {@code width} metres along the front, centred on the shop, {@code depth}
	 * metres out towards {@code facing} (degrees clockwise from north).
	 */
	public record Rectangle(Double width, Double depth, Double facing) {
	}

	public NewOutdoorDisplay {
		shopName = shopName == null ? null : shopName.strip();
		shopAddress = shopAddress == null ? "" : shopAddress.strip();
		displayed = displayed == null ? null : displayed.strip();
		dailyHours = dailyHours == null || dailyHours.isBlank() ? "08:00-22:00" : dailyHours.strip();
	}
}
