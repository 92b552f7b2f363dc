-- Public feeds of the lifecycle (Open311's servicerequestupdates): the status changes of a time window, oldest first,
-- read in (at, id) order from the index instead of sorting the whole trail.
CREATE INDEX transition_at_idx ON cases.transition (at, id);

-- Public listings (Open311's GET requests): the newest reports of a window across all categories, read in
-- (reported_at, id) order; the (category_code, reported_at) index serves only one category at a time.
CREATE INDEX case_reported_idx ON cases."case" (reported_at, id);
