-- Open311 GeoReport v2 (open311 module): the client applications that may POST requests, and what the module keeps
-- of each request it took in beyond the case itself. Cases are referred to by id only (no cross-schema key).
CREATE SCHEMA IF NOT EXISTS open311;

-- A client application (客户端) and its api_key: issued by an administrator, shown once, stored as SHA-256 only,
-- revocable. The rate limit counts POSTs in fixed windows of a minute: one UPDATE moves the window and counts, so
-- concurrent requests are neither lost nor counted twice.
CREATE TABLE open311.client (
    id                  bigserial PRIMARY KEY,
    name                text NOT NULL,
    key_sha256          text NOT NULL UNIQUE,
    key_prefix          text NOT NULL,
    requests_per_minute integer NOT NULL CHECK (requests_per_minute > 0),
    demo                boolean NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL,
    created_by          bigint,
    revoked_at          timestamptz,
    window_start        timestamptz,
    window_count        integer NOT NULL DEFAULT 0
);

-- A request taken in through Open311: its case, the token a client may look it up by, the client, and the caller's
-- media_url (a link, never fetched). No personal data: a phone given for the answer back is on the case, as a
-- hotline caller's is; email, device and account ids are not kept.
CREATE TABLE open311.request (
    case_id     bigint PRIMARY KEY,
    token       text NOT NULL UNIQUE,
    client_id   bigint NOT NULL REFERENCES open311.client (id),
    media_url   text,
    created_at  timestamptz NOT NULL
);
CREATE INDEX request_client_idx ON open311.request (client_id);
