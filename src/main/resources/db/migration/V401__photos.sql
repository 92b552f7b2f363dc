-- Photos of cases: metadata here, bytes on disk content-addressed by SHA-256 (one file however often uploaded).
CREATE TABLE cases.photo (
    id           uuid PRIMARY KEY,
    sha256       text NOT NULL,
    media_type   text NOT NULL,
    bytes        integer NOT NULL,
    width        integer,
    height       integer,
    -- where and when the camera says it was taken (EXIF), WGS-84
    taken_lat    double precision,
    taken_lon    double precision,
    taken_at     timestamptz,
    uploaded_by  bigint NOT NULL,
    uploaded_at  timestamptz NOT NULL,
    -- set when a case step uses the photo; photos never used within 24 h are collected
    case_id      bigint REFERENCES cases."case" (id)
);
CREATE INDEX photo_sha256_idx ON cases.photo (sha256);
CREATE INDEX photo_unused_idx ON cases.photo (uploaded_at) WHERE case_id IS NULL;
CREATE INDEX photo_case_idx ON cases.photo (case_id) WHERE case_id IS NOT NULL;
