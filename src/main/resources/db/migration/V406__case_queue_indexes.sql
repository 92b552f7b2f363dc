-- The queues' counts over years of cases (the workbench and the dashboard ask them on every page): the open cases
-- by region and status in a partial index a count reads without the table (once vacuum has marked the pages
-- all-visible), and the deadline index carries the region so that counting a scope's overdue cases reads it alone.
-- The open statuses are CaseStatus.isOpen(): a query must name the same literal list for PostgreSQL to use the index.
CREATE INDEX case_open_region_idx ON cases."case" (region_code text_pattern_ops, status)
    WHERE status IN ('REPORTED', 'VERIFIED', 'FILED', 'DISPATCHED', 'SHELVED', 'HANDLED', 'CHECKED');
DROP INDEX cases.case_deadline_idx;
CREATE INDEX case_deadline_idx ON cases."case" (stage_deadline) INCLUDE (region_code) WHERE stage_deadline IS NOT NULL;
