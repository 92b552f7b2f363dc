-- Background imports of facilities (导入任务) with their progress, so that any instance of the platform, or the
-- same one after a restart, answers truthfully how a job stands. All times are the database's clock: instances
-- compare heartbeats on one clock.
CREATE TABLE facilities.import_job (
    id           uuid PRIMARY KEY,
    state        text NOT NULL CHECK (state IN ('VALIDATING', 'STORING', 'DONE', 'FAILED')),
    format       text NOT NULL CHECK (format IN ('CSV', 'GEOJSON')),
    -- rows checked (VALIDATING) or written (STORING) of total; total is 0 until the file is read
    processed    integer NOT NULL DEFAULT 0 CHECK (processed >= 0),
    total        integer NOT NULL DEFAULT 0 CHECK (total >= 0),
    imported     integer,
    added        integer,
    updated      integer,
    message      text,
    -- the faults of a rejected file (the first 200, 'row 3: …' / 'feature 2: …'), and how many there were in all
    errors       jsonb NOT NULL DEFAULT '[]',
    error_count  integer NOT NULL DEFAULT 0,
    created_by   bigint NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    -- the instance running a job touches this every few seconds; a running job whose heartbeat stopped was
    -- interrupted (its instance stopped or died, and its transaction with it) and reads FAILED
    heartbeat_at timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);

CREATE INDEX import_job_running_idx ON facilities.import_job (heartbeat_at) WHERE state IN ('VALIDATING', 'STORING');
