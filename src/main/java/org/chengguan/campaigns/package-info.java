/**
 * Special campaigns (专项整治, C9), e.g. 「三整治一提升」: a campaign names its categories, its regions, its period
 * and its targets; the cases reported in its scope and the joint inspections (综合查一次) made in it are tagged as
 * they happen (and, when a campaign is created or widened later, from what already happened), and its progress shows
 * each target against the actual figures, for the campaign and per district and street.
 * <p>
 * The module listens to {@link org.chengguan.cases.CaseTransitioned} and
 * {@link org.chengguan.commerce.JointInspectionRecorded}, reads cases through
 * {@link org.chengguan.cases.CaseManagement#listPublic} and its figures through the assessment's campaign slices
 * ({@link org.chengguan.assessment.Assessment} with a {@link org.chengguan.assessment.Slice}); nothing depends on it.
 * {@link Campaigns} is its API.
 */
package org.chengguan.campaigns;
