-- disclosure (公示, 「一图两单三册」): the officers disclosed per community, each community's supervision contact, and
-- the versioned documents (职责清单, 事项清单, the three handbooks). No foreign key leaves the schema: communities are
-- referred to by region code, officers' user accounts by id.
CREATE SCHEMA disclosure;

-- 社区城管队员 as disclosed: the public profile of an officer, linked to an OFFICER user account where there is one.
-- The phone is stored in full; phone_public says whether the officer's duty makes it public.
CREATE TABLE disclosure.officer (
    id             bigserial PRIMARY KEY,
    community_code text NOT NULL CHECK (community_code ~ '^[0-9]{12}$'),
    user_id        bigint UNIQUE,
    name           text NOT NULL,
    duty           text NOT NULL,
    phone          text NOT NULL,
    phone_public   boolean NOT NULL,
    position       integer NOT NULL DEFAULT 0,
    photo          bytea,
    version        integer NOT NULL DEFAULT 0,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX officer_community_idx ON disclosure.officer (community_code, position, id);

-- 监督方式 of a community: whom to call about its officers and how to complain. Communities without a row use the
-- city's defaults (chengguan.disclosure).
CREATE TABLE disclosure.supervision (
    community_code    text PRIMARY KEY CHECK (community_code ~ '^[0-9]{12}$'),
    supervision_phone text NOT NULL,
    complaint_method  text NOT NULL,
    updated_at        timestamptz NOT NULL
);

-- Every saved version of a document. A save inserts version n + 1 of the kind: two saves based on the same version
-- collide on the primary key, so one of them is refused instead of lost. The public version of a kind is its
-- highest published one.
CREATE TABLE disclosure.document_version (
    kind         text NOT NULL CHECK (kind IN ('DUTY_LIST', 'ITEM_LIST', 'HANDBOOK_DISTRICT', 'HANDBOOK_STREET',
                                               'HANDBOOK_COMMUNITY')),
    version      integer NOT NULL CHECK (version > 0),
    title        text NOT NULL,
    -- {"intro": "...", "entries": [{"heading", "text", "legalBasis", "departmentCode", "categoryCode"}]}
    content      jsonb NOT NULL,
    saved_at     timestamptz NOT NULL,
    saved_by     bigint,
    published_at timestamptz,
    published_by bigint,
    PRIMARY KEY (kind, version)
);
CREATE INDEX document_published_idx ON disclosure.document_version (kind, version DESC) WHERE published_at IS NOT NULL;
