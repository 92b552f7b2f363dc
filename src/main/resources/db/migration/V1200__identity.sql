-- identity: users (用户) with their roles and region scope, bearer tokens, one-time sign-in codes and the audit of
-- sign-ins, in the module's own schema. Region and department codes refer to other modules by code only (no
-- foreign key crosses a module's schema); the application checks them when a user is created.
CREATE SCHEMA identity;

CREATE SEQUENCE identity.user_account_id_seq;

CREATE TABLE identity.user_account (
    id                bigint PRIMARY KEY DEFAULT nextval('identity.user_account_id_seq'),
    -- staff choose theirs; citizens who sign up by phone get 'citizen.<id>' (staff names have no dot)
    username          text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9.-]{1,39}$'),
    display_name      text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    -- bcrypt; null for citizens who only ever sign in by phone and one-time code
    password_hash     text,
    -- mainland mobile number; unique when present
    phone             text UNIQUE CHECK (phone ~ '^1[3-9][0-9]{9}$'),
    roles             text[] NOT NULL CHECK (cardinality(roles) > 0),
    -- city (4 digits), district (6), street (9) or community (12); null for citizens
    scope_region_code text CHECK (scope_region_code ~ '^[0-9]{4}([0-9]{2}([0-9]{3}([0-9]{3})?)?)?$'),
    department_code   text,
    grid_codes        text[] NOT NULL DEFAULT '{}',
    active            boolean NOT NULL DEFAULT true,
    demo              boolean NOT NULL DEFAULT false,
    failed_attempts   integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until      timestamptz,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           integer NOT NULL DEFAULT 0
);
CREATE INDEX user_account_roles_idx ON identity.user_account USING gin (roles);
CREATE INDEX user_account_scope_idx ON identity.user_account (scope_region_code text_pattern_ops);

-- Opaque bearer tokens, stored only as their SHA-256: a copy of this table signs nobody in.
CREATE TABLE identity.access_token (
    token_hash  bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    user_id     bigint NOT NULL REFERENCES identity.user_account (id),
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);
CREATE INDEX access_token_user_idx ON identity.access_token (user_id);

-- The one code currently valid for a phone (a new code replaces it), salted SHA-256 of the 6 digits.
CREATE TABLE identity.one_time_code (
    phone       text PRIMARY KEY,
    code_hash   bytea NOT NULL,
    salt        bytea NOT NULL,
    sent_at     timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    tries       integer NOT NULL DEFAULT 0,
    used_at     timestamptz
);

-- Every sign-in, failure, code request and sign-out (等保 audit). Rows are only ever inserted; no foreign key, so
-- the trail outlives whatever it names. Phones are stored masked.
CREATE TABLE identity.sign_in_audit (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL,
    method          text NOT NULL,
    outcome         text NOT NULL,
    username        text,
    phone_masked    text,
    user_id         bigint,
    remote_address  text,
    user_agent      text,
    detail          text
);
CREATE INDEX sign_in_audit_at_idx ON identity.sign_in_audit (at DESC, id DESC);
CREATE INDEX sign_in_audit_user_idx ON identity.sign_in_audit (user_id);
