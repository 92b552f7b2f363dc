package org.chengguan.regions.demo;

import java.util.List;

import org.chengguan.regions.ServicePoint;

/** The generated demo geography: regions of every level and the service network. */
record DemoGeography(List<DemoRegion> regions, List<ServicePoint> servicePoints) {
}
