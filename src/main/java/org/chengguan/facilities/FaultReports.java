package org.chengguan.facilities;

import java.util.Optional;

import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseSubject;
import org.chengguan.cases.CaseSubjects;
import org.springframework.stereotype.Service;

/**
 * "Report a fault here" (报告故障): facilities as what citizens' reports can be about. The cases module stores a
 * report's reference {@code facility:<id>} and asks here whether the facility exists and where a report of it starts
 * (its location and the category of its type, {@link FacilityType#faultCategory()}); the facilities module asks the
 * cases module how many open reports there are about a facility. Nothing personal crosses: a count.
 */
@Service
public class FaultReports implements CaseSubjects {

	/** The kind of a facility in a case's subject reference. */
	public static final String KIND = "facility";

	private final FacilityDirectory directory;

	private final CaseManagement cases;

	FaultReports(FacilityDirectory directory, CaseManagement cases) {
		this.directory = directory;
		this.cases = cases;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<Subject> find(String id) {
		return parse(id).flatMap(directory::find)
			.map(f -> new Subject(f.name(), f.location(), f.type().faultCategory()));
	}

	/** The reference a report about the facility carries: {@code facility:<id>}. */
	public static String reference(long facilityId) {
		return KIND + ":" + facilityId;
	}

	/** How many reports about the facility are open (not yet closed, void or merged into another as a duplicate). */
	public long openReports(long facilityId) {
		return cases.openCasesAbout(new CaseSubject(KIND, Long.toString(facilityId)));
	}

	private static Optional<Long> parse(String id) {
		if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(id));
	}
}
