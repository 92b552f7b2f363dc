-- regions (C1): the administrative hierarchy city → district/county → street/town → community → unit grid,
-- and the service network (community stations, street kiosks, squadrons).
CREATE TABLE region (
    code        text PRIMARY KEY CHECK (code ~ '^[0-9]+$' AND length(code) IN (4, 6, 9, 12, 15)),
    level       text NOT NULL CHECK (level IN ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'GRID')),
    name        text NOT NULL,
    parent_code text REFERENCES region (code),
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
CREATE INDEX region_parent_idx ON region (parent_code);
CREATE INDEX region_level_idx ON region (level);
CREATE INDEX region_bbox_idx ON region USING gist (bbox);

CREATE TABLE service_point (
    code        text PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('STATION', 'KIOSK', 'SQUADRON')),
    name        text NOT NULL,
    address     text NOT NULL,
    phone       text,
    -- (lon, lat) in WGS-84
    location    point NOT NULL,
    serves_code text NOT NULL REFERENCES region (code),
    generated   boolean NOT NULL DEFAULT false
);
CREATE INDEX service_point_serves_idx ON service_point (serves_code);
CREATE INDEX service_point_location_idx ON service_point USING gist (location);
