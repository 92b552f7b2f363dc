package org.chengguan.cases;

import java.util.Optional;

import org.chengguan.geo.GeoPoint;

/**
 * The things of one kind that citizens report about (a facility of the convenience map…), offered to the cases module
 * by the module that keeps them. Declared here and implemented there, so that the dependency points from that module
 * to cases and cases never reads its tables. One bean per kind.
 */
public interface CaseSubjects {

	/** The kind this bean answers for, as in {@link CaseSubject#kind()}: e.g. {@code facility}. */
	String kind();

	/** The thing with this id, if it exists. Must not throw for an id that is not one of its kind: answer empty. */
	Optional<Subject> find(String id);

	/**
	 * What a report about the thing starts from.
	 *
	 * @param name what people call it (shown as "关于设施: name")
	 * @param location where it is, WGS-84: a report about it is placed there unless the reporter moves the point
	 * @param categoryCode the catalogue category a fault of it is reported in; null when none fits (the reporter picks)
	 */
	record Subject(String name, GeoPoint location, String categoryCode) {
	}
}
