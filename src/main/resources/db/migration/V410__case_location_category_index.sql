-- The duplicate search (Cases.findDuplicateCandidates) asks for the open cases of one category reported in the last
-- 72 hours within 50 m of a report. With only the location in the GiST index, every case in the 50 m box — of any
-- category, of any age — was fetched from the table to be filtered (56 per probe in bench/lifecycle's intake, where
-- that search was the server's largest cost per report). With the category and the report time in the index's leaf
-- entries, the others are discarded inside the index. The location stays the first column: the heat map's and the
-- public map's box searches (no category) use this index as they used the old one, which it replaces.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE INDEX case_location_category_idx ON cases."case" USING gist (location, category_code, reported_at);
DROP INDEX cases.case_location_idx;
