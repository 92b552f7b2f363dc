package org.chengguan.cases;

/**
 * Where a case lies in the hierarchy, fixed at intake by locating its point: always a street and a district; a
 * community and a grid where those are mapped.
 */
public record CaseLocation(String gridCode, String communityCode, String streetCode, String districtCode) {

	/** The most specific region code, for scope checks and routing. */
	public String finest() {
		return gridCode != null ? gridCode : communityCode != null ? communityCode : streetCode;
	}
}
