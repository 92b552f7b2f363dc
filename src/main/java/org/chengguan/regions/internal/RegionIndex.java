package org.chengguan.regions.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.Location;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionLevel;
import org.locationtech.jts.geom.Geometry;

/**
 * An immutable in-memory picture of the hierarchy for locating points: one {@link PlanarIndex} per level below
 * the city. A point is looked up at the finest level first; the coarser levels follow from the codes, so an urban
 * point costs one lookup.
 */
public final class RegionIndex {

	private final Map<String, Region> byCode = new HashMap<>();

	private final Map<RegionLevel, Level> levels = new EnumMap<>(RegionLevel.class);

	public RegionIndex(List<Region> regions, Map<String, Geometry> geometries) {
		Map<RegionLevel, List<Region>> grouped = new EnumMap<>(RegionLevel.class);
		for (Region region : regions) {
			byCode.put(region.code(), region);
			grouped.computeIfAbsent(region.level(), l -> new ArrayList<>()).add(region);
		}
		grouped.forEach((level, members) -> {
			if (level != RegionLevel.CITY) {
				levels.put(level, new Level(members.toArray(Region[]::new),
						new PlanarIndex(members.stream().map(r -> geometries.get(r.code())).toList())));
			}
		});
	}

	public static RegionIndex empty() {
		return new RegionIndex(List.of(), Map.of());
	}

	public Optional<Region> region(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	public int size() {
		return byCode.size();
	}

	/** Where the point lies, or empty when no district holds it (outside the mapped city). */
	public Optional<Location> locate(GeoPoint point) {
		Region grid = find(RegionLevel.GRID, point);
		Region community = grid != null ? parent(grid) : find(RegionLevel.COMMUNITY, point);
		Region street = community != null ? parent(community) : find(RegionLevel.STREET, point);
		Region district = street != null ? parent(street) : find(RegionLevel.DISTRICT, point);
		if (district == null || street == null) {
			return Optional.empty();
		}
		return Optional.of(new Location(point, district, street, Optional.ofNullable(community), Optional.ofNullable(grid)));
	}

	/** The code of the finest region holding the point, or null: the allocation-free path for hot loops. */
	public String finestCode(double lat, double lon) {
		for (RegionLevel level : new RegionLevel[] { RegionLevel.GRID, RegionLevel.COMMUNITY, RegionLevel.STREET }) {
			Level index = levels.get(level);
			if (index != null) {
				int found = index.polygons().find(lon, lat);
				if (found >= 0) {
					return index.regions()[found].code();
				}
			}
		}
		return null;
	}

	private Region find(RegionLevel level, GeoPoint point) {
		Level index = levels.get(level);
		if (index == null) {
			return null;
		}
		int found = index.polygons().find(point.lon(), point.lat());
		return found < 0 ? null : index.regions()[found];
	}

	private Region parent(Region region) {
		return region.parentCode() == null ? null : byCode.get(region.parentCode());
	}

	private record Level(Region[] regions, PlanarIndex polygons) {
	}
}
