-- cases: the Case aggregate (one row per case, optimistic locking on version) and its audit trail.
CREATE SCHEMA cases;

-- Case numbers (案卷编号) are the reporting day in Asia/Shanghai and a city-wide sequence.
CREATE SEQUENCE cases.case_number_seq;

CREATE TABLE cases."case" (
    id                          bigserial PRIMARY KEY,
    version                     integer NOT NULL,
    number                      text NOT NULL UNIQUE,
    status                      text NOT NULL,
    channel                     text NOT NULL,
    category_code               text NOT NULL,
    description                 text NOT NULL,
    -- WGS-84 (lon, lat): a point for GiST searches near a location (duplicates, maps)
    location                    point NOT NULL,
    grid_code                   text,
    community_code              text,
    street_code                 text NOT NULL,
    district_code               text NOT NULL,
    -- the finest region code: a prefix search on it finds a region's cases at any level
    region_code                 text NOT NULL,
    reporter_id                 bigint,
    contact_name                text,
    contact_phone               text,
    reported_at                 timestamptz NOT NULL,
    proposed_department         text,
    lead_department             text,
    assisting_departments       text[] NOT NULL DEFAULT '{}',
    community_team              boolean NOT NULL DEFAULT false,
    handling_limit_amount       numeric,
    handling_limit_unit         text,
    stage                       text NOT NULL,
    stage_started_at            timestamptz NOT NULL,
    stage_limit_amount          numeric,
    stage_limit_unit            text,
    stage_deadline              timestamptz,
    warning                     text NOT NULL,
    pending_request             text NOT NULL,
    requested_extension_amount  numeric,
    requested_extension_unit    text,
    rework_count                integer NOT NULL DEFAULT 0,
    return_count                integer NOT NULL DEFAULT 0,
    extension_count             integer NOT NULL DEFAULT 0,
    reopen_count                integer NOT NULL DEFAULT 0,
    urge_count                  integer NOT NULL DEFAULT 0,
    supervised                  boolean NOT NULL DEFAULT false,
    satisfaction                text,
    master_case_id              bigint REFERENCES cases."case" (id),
    closed_at                   timestamptz,
    updated_at                  timestamptz NOT NULL
);
CREATE INDEX case_status_idx ON cases."case" (status);
CREATE INDEX case_region_idx ON cases."case" (region_code text_pattern_ops);
CREATE INDEX case_location_idx ON cases."case" USING gist (location);
CREATE INDEX case_category_reported_idx ON cases."case" (category_code, reported_at);
CREATE INDEX case_reporter_idx ON cases."case" (reporter_id);
CREATE INDEX case_lead_department_idx ON cases."case" (lead_department) WHERE lead_department IS NOT NULL;
CREATE INDEX case_deadline_idx ON cases."case" (stage_deadline) WHERE stage_deadline IS NOT NULL;
CREATE INDEX case_master_idx ON cases."case" (master_case_id) WHERE master_case_id IS NOT NULL;

-- The audit trail: one immutable row per transition, the case's timeline.
CREATE TABLE cases.transition (
    id           bigserial PRIMARY KEY,
    case_id      bigint NOT NULL REFERENCES cases."case" (id),
    action       text NOT NULL,
    from_status  text,
    to_status    text NOT NULL,
    at           timestamptz NOT NULL,
    actor_id     bigint NOT NULL,
    actor_role   text NOT NULL,
    comment      text,
    attachments  text[] NOT NULL DEFAULT '{}',
    stage        text NOT NULL,
    deadline     timestamptz,
    detail       text
);
CREATE INDEX transition_case_idx ON cases.transition (case_id, id);

CREATE FUNCTION cases.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on cases.transition refused', TG_OP;
END $$;
CREATE TRIGGER transition_append_only BEFORE UPDATE OR DELETE ON cases.transition
    FOR EACH ROW EXECUTE FUNCTION cases.refuse_change();

-- Idempotent intake: a retried POST /api/v1/cases with the same key answers with the case it created first.
CREATE TABLE cases.idempotency_key (
    actor_id     bigint NOT NULL,
    key          text NOT NULL,
    request_hash text NOT NULL,
    case_id      bigint NOT NULL REFERENCES cases."case" (id),
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (actor_id, key)
);
