-- The rollups are counters that every fold of the deltas (assessment.internal.Rollups) adds to in place, most rows
-- several times on their day. With the default fillfactor of 100 a row's first update on a full page cannot stay on
-- the page, so it writes a new entry into each of the table's indexes (a non-HOT update); none of the counters is
-- indexed, so with room left on each page the updates are HOT and write no index. As for the facilities (V704).
-- Affects pages written from now on.
ALTER TABLE assessment.region_day SET (fillfactor = 80);
ALTER TABLE assessment.department_day SET (fillfactor = 80);
ALTER TABLE assessment.person_day SET (fillfactor = 80);
ALTER TABLE assessment.area_day SET (fillfactor = 80);
ALTER TABLE assessment.region_month SET (fillfactor = 80);
