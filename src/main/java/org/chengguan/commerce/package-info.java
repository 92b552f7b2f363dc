/**
 * Commerce and street life (C8, 「烟火气」): merchants and the stretch of street each answers for under the
 * storefront responsibility system (门责制), merchant alliances (商户自治联盟), joint inspections done once for all
 * departments (「综合查一次」), star ratings (星级文明户), service commissioners for commercial complexes (城管服务专员)
 * and outdoor display zones (特色外摆). A failed inspection item opens a case through the {@code cases} module's API,
 * with the merchant as its subject; a recorded visit is published as {@link JointInspectionRecorded}.
 */
package org.chengguan.commerce;
