-- regions (C1), in its own schema like every module's tables: the administrative hierarchy city → district/county → street/town → community → unit grid,
-- and the service network (community stations, street kiosks, squadrons).
CREATE SCHEMA regions;

CREATE TABLE regions.region (
    code        text PRIMARY KEY CHECK (code ~ '^[0-9]+$' AND length(code) IN (4, 6, 9, 12, 15)),
    level       text NOT NULL CHECK (level IN ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'GRID')),
    name        text NOT NULL,
    parent_code text REFERENCES regions.region (code),
    -- GeoJSON geometry (Polygon or MultiPolygon) in WGS-84 lon/lat.
    geometry    jsonb NOT NULL,
    -- lon/lat bounding box: lets SQL find candidate regions through a GiST index before exact tests in Java.
    bbox        box NOT NULL,
    area_m2     double precision NOT NULL,
    -- a point inside the region (not always the centroid: that can fall outside a concave shape)
    label_point point NOT NULL,
    generated   boolean NOT NULL DEFAULT false,
    CHECK ((level = 'CITY') = (parent_code IS NULL))
);
CREATE INDEX region_parent_idx ON regions.region (parent_code);
CREATE INDEX region_level_idx ON regions.region (level);
CREATE INDEX region_bbox_idx ON regions.region USING gist (bbox);

CREATE TABLE regions.service_point (
    code        text PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('STATION', 'KIOSK', 'SQUADRON')),
    name        text NOT NULL,
    address     text NOT NULL,
    phone       text,
    -- (lon, lat) in WGS-84
    location    point NOT NULL,
    serves_code text NOT NULL REFERENCES regions.region (code),
    generated   boolean NOT NULL DEFAULT false
);
CREATE INDEX service_point_serves_idx ON regions.service_point (serves_code);
CREATE INDEX service_point_location_idx ON regions.service_point USING gist (location);
CREATE INDEX region_code_pattern_idx ON regions.region (code text_pattern_ops); -- prefix searches (LIKE '340603%') on any collation
