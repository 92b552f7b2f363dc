-- Figures over the cases reported in a period (the assessment's heat map and its late cases) read the period's rows
-- through this index instead of the whole table. A new case's report time is (nearly) the largest yet, so inserts
-- land on the index's rightmost page.
CREATE INDEX case_reported_at_idx ON cases."case" (reported_at);
