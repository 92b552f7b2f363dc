/**
 * Facilities (便民设施, issue 5 C7): the convenience map of farmers' markets, stall areas, toilets, parking lots shared
 * off-peak, EV charging stations and the other places a citizen looks for, with their live state (free spaces, free
 * charging ports). {@link org.chengguan.facilities.FacilityDirectory} answers what is near, open and free;
 * {@link org.chengguan.facilities.LiveFeeds} takes the live state from gate and charging systems.
 */
package org.chengguan.facilities;
