/**
 * Open311 GeoReport v2 (C12): the world's civic apps report problems to the city and follow them, under
 * {@code /open311/v2}, in XML and JSON, with FixMyStreet's request updates. An adapter over the {@code cases} and
 * {@code catalogue} modules' APIs: services are the catalogue's categories, a request is a case reported through the
 * same intake as every other channel, and its status is the lifecycle's, mapped in {@code internal.StatusMapping}.
 * It keeps only its client applications (api keys) and what a request brought beyond the case (token, media link).
 */
package org.chengguan.open311;
