/**
 * Pitch applications (摊位申请) for the stall-like facilities (临时摊群点, 早夜市, 应季瓜果自产摊位): a vendor applies for
 * a pitch (摊位) of an area for a period of days and the goods they will sell; an officer of the area's street
 * approves it with a pitch number or rejects it with a reason; the applicant may withdraw it while it is pending.
 * <p>
 * {@link org.chengguan.facilities.stalls.PitchApplications} is the API; each decision is published as
 * {@link org.chengguan.facilities.stalls.PitchApplicationDecided}. The package is a named interface of the facilities
 * module ({@code facilities::stalls}) so that commerce (vendors, the pitch calendar) can build on it.
 */
@org.springframework.modulith.NamedInterface("stalls")
package org.chengguan.facilities.stalls;
