-- A case's lateness (超期) kept on its row as the trail grows (cases.Lateness): how many of its stage-passing steps
-- were taken after the deadline in force before them, and the worst of them in 工作时 (then wall-clock) milliseconds.
-- Reports over a month of a big city's cases then read these columns instead of each case's trail: the heat map's
-- late layer counts `late_steps > 0`, the worst late cases are the top of (worst_late_working_ms, worst_late_wall_ms).
-- Cases stored before this migration get NULL, "not known yet": the lifecycle leaves NULL alone, the readers treat
-- such a case as they did before (from its trail), and cases.LatenessBackfill fills them in the background.
ALTER TABLE cases."case"
    ADD COLUMN late_steps integer,
    ADD COLUMN worst_late_working_ms bigint,
    ADD COLUMN worst_late_wall_ms bigint;
CREATE INDEX case_lateness_unknown_idx ON cases."case" (id) WHERE late_steps IS NULL;
