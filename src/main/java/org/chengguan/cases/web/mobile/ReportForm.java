package org.chengguan.cases.web.mobile;

import java.util.List;

/**
 * What the report form's script sends: the chosen category, the description, the point in the system it came in
 * ({@code wgs84} from a browser or the map, {@code gcj02} from WeChat's location API), the uploaded photos and, on
 * patrol, whether the inspector fixed it on the spot with the "after" photos; {@code subject} is what the report is
 * about when it was started from a thing's card (a facility of the convenience map: {@code facility:42}).
 */
public record ReportForm(String categoryCode, String description, Double lat, Double lon, String crs,
		List<String> photoIds, Boolean selfHandled, List<String> afterPhotoIds, String subject) {

	public ReportForm {
		photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
		afterPhotoIds = afterPhotoIds == null ? List.of() : List.copyOf(afterPhotoIds);
		selfHandled = selfHandled != null && selfHandled;
	}
}
