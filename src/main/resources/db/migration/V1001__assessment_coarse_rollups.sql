-- Two coarser copies of assessment.region_day, kept by the same fold (and filled at the end of a rebuild), so a
-- period's figures read a few thousand rows instead of one per grid, category and day (docs/ARCHITECTURE.md,
-- "Assessment"). Neither keeps the category: a query filtered by categories reads region_day.
--   area_day:     per day and area — the case's region cut to its community (12 digits; shorter codes as they are):
--                 every level from the community up (89 communities, not 10,406 grids).
--   region_month: per calendar month and region as in region_day (the grid): the grids' whole months.
CREATE TABLE assessment.area_day (
    day date NOT NULL,
    area_code text NOT NULL,
    reported bigint NOT NULL DEFAULT 0,
    by_inspector bigint NOT NULL DEFAULT 0,
    by_public bigint NOT NULL DEFAULT 0,
    self_handled bigint NOT NULL DEFAULT 0,
    duplicates bigint NOT NULL DEFAULT 0,
    voided bigint NOT NULL DEFAULT 0,
    filed bigint NOT NULL DEFAULT 0,
    should_close bigint NOT NULL DEFAULT 0,
    closed bigint NOT NULL DEFAULT 0,
    closed_on_time bigint NOT NULL DEFAULT 0,
    hotline_should_close bigint NOT NULL DEFAULT 0,
    hotline_closed bigint NOT NULL DEFAULT 0,
    answered bigint NOT NULL DEFAULT 0,
    satisfied bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, area_code)
);

CREATE TABLE assessment.region_month (
    month date NOT NULL CHECK (extract(day FROM month) = 1),
    region_code text NOT NULL,
    reported bigint NOT NULL DEFAULT 0,
    by_inspector bigint NOT NULL DEFAULT 0,
    by_public bigint NOT NULL DEFAULT 0,
    self_handled bigint NOT NULL DEFAULT 0,
    duplicates bigint NOT NULL DEFAULT 0,
    voided bigint NOT NULL DEFAULT 0,
    filed bigint NOT NULL DEFAULT 0,
    should_close bigint NOT NULL DEFAULT 0,
    closed bigint NOT NULL DEFAULT 0,
    closed_on_time bigint NOT NULL DEFAULT 0,
    hotline_should_close bigint NOT NULL DEFAULT 0,
    hotline_closed bigint NOT NULL DEFAULT 0,
    answered bigint NOT NULL DEFAULT 0,
    satisfied bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (month, region_code)
);
CREATE INDEX region_month_region_idx ON assessment.region_month (region_code, month);

INSERT INTO assessment.area_day
SELECT day, left(region_code, 12), sum(reported), sum(by_inspector), sum(by_public), sum(self_handled),
       sum(duplicates), sum(voided), sum(filed), sum(should_close), sum(closed), sum(closed_on_time),
       sum(hotline_should_close), sum(hotline_closed), sum(answered), sum(satisfied)
FROM assessment.region_day GROUP BY 1, 2;

INSERT INTO assessment.region_month
SELECT date_trunc('month', day)::date, region_code, sum(reported), sum(by_inspector), sum(by_public),
       sum(self_handled), sum(duplicates), sum(voided), sum(filed), sum(should_close), sum(closed), sum(closed_on_time),
       sum(hotline_should_close), sum(hotline_closed), sum(answered), sum(satisfied)
FROM assessment.region_day GROUP BY 1, 2;

