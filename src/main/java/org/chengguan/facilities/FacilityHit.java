package org.chengguan.facilities;

/** A facility found by a query, with its distance in metres from the query's point (null without one). */
public record FacilityHit(Facility facility, Double distanceMetres) {
}
