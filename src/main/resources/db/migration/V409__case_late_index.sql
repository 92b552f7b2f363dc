-- The late cases of a period (late_steps > 0, V407), with what the worst-late list filters and sorts on: the list of
-- a month's worst late cases is then an index-only scan of the month's late cases, not a read of all its cases.
-- Only late cases are in it: an on-time case costs no entry, and an update that leaves these columns alone stays HOT.
CREATE INDEX case_late_idx ON cases."case" (reported_at)
    INCLUDE (id, region_code, lead_department, reporter_id, worst_late_working_ms, worst_late_wall_ms)
    WHERE late_steps > 0;
