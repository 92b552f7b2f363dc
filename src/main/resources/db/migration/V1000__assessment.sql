-- assessment: rollups of the lifecycle's transitions per day, maintained in the transaction of each transition
-- (docs/ARCHITECTURE.md, "Assessment"); a rebuild recomputes them from the audit trail. Counters only: every
-- indicator is a ratio of sums over a period.
CREATE SCHEMA assessment;

CREATE TABLE assessment.region_day (
    day date NOT NULL,
    region_code text NOT NULL,
    category_code text NOT NULL,
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
    PRIMARY KEY (day, region_code, category_code)
);

CREATE TABLE assessment.department_day (
    day date NOT NULL,
    department text NOT NULL,
    category_code text NOT NULL,
    dispatched bigint NOT NULL DEFAULT 0,
    handled bigint NOT NULL DEFAULT 0,
    handled_on_time bigint NOT NULL DEFAULT 0,
    rework bigint NOT NULL DEFAULT 0,
    dept_should_close bigint NOT NULL DEFAULT 0,
    dept_closed bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, department, category_code)
);

CREATE TABLE assessment.person_day (
    day date NOT NULL,
    user_id bigint NOT NULL,
    role text NOT NULL,
    reports bigint NOT NULL DEFAULT 0,
    valid_reports bigint NOT NULL DEFAULT 0,
    verifications bigint NOT NULL DEFAULT 0,
    verifications_on_time bigint NOT NULL DEFAULT 0,
    checks bigint NOT NULL DEFAULT 0,
    checks_on_time bigint NOT NULL DEFAULT 0,
    intakes bigint NOT NULL DEFAULT 0,
    intake_verified bigint NOT NULL DEFAULT 0,
    intake_verified_on_time bigint NOT NULL DEFAULT 0,
    intake_checked bigint NOT NULL DEFAULT 0,
    intake_checked_on_time bigint NOT NULL DEFAULT 0,
    filings bigint NOT NULL DEFAULT 0,
    filings_on_time bigint NOT NULL DEFAULT 0,
    accurate_filings bigint NOT NULL DEFAULT 0,
    closings bigint NOT NULL DEFAULT 0,
    closings_on_time bigint NOT NULL DEFAULT 0,
    dispatches bigint NOT NULL DEFAULT 0,
    dispatches_on_time bigint NOT NULL DEFAULT 0,
    accurate_dispatches bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, user_id, role)
);

CREATE INDEX region_day_region_idx ON assessment.region_day (region_code text_pattern_ops, day);
CREATE INDEX person_day_user_idx ON assessment.person_day (user_id, day);

-- the weights, bands and grade thresholds in force from a day on; a report names the version it used
CREATE TABLE assessment.rules (
    version        integer PRIMARY KEY,
    effective_from date NOT NULL,
    rules          jsonb NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     bigint
);

-- whether the rollups were ever built from the audit trail (a database with cases from before the module)
CREATE TABLE assessment.state (
    id         integer PRIMARY KEY CHECK (id = 1),
    built_at   timestamptz
);
INSERT INTO assessment.state (id, built_at) VALUES (1, NULL);

-- The transitions' contributions, appended in each transition's transaction (an INSERT: no two transactions wait
-- for each other on a busy day's rollup row) and folded into the rollups by one statement shortly after, and before
-- every read. kind is the rollup table (REGION, DEPARTMENT, PERSON); v holds its measures in column order.
CREATE TABLE assessment.delta (
    id     bigserial PRIMARY KEY,
    kind   text NOT NULL,
    day    date NOT NULL,
    unit   text NOT NULL,
    detail text NOT NULL,
    v      bigint[] NOT NULL
);
