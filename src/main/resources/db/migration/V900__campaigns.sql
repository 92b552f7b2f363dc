-- campaigns (专项整治, C9): a campaign's scope (categories, regions, period) and targets, the cases and joint
-- inspections tagged as in its scope, and a copy of every joint inspection heard of (so that a campaign created or
-- widened later can tag the inspections already made). No foreign key leaves the schema: cases, categories and
-- regions are referred to by id or code.
CREATE SCHEMA campaigns;

CREATE TABLE campaigns.campaign (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    description text NOT NULL DEFAULT '',
    categories  text[] NOT NULL CHECK (cardinality(categories) > 0),
    regions     text[] NOT NULL CHECK (cardinality(regions) > 0),
    start_date  date NOT NULL,
    end_date    date NOT NULL CHECK (end_date >= start_date),
    -- [{"measure":"CASES_CLOSED","value":100,"eachDistrict":null,"eachStreet":20,"overrides":{"340603001":30}}]
    targets     jsonb NOT NULL,
    published   boolean NOT NULL DEFAULT false,
    version     integer NOT NULL DEFAULT 0,
    created_by  bigint NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_by  bigint NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- A case in a campaign's scope: its public facts as reported, and its current status (kept by later transitions).
CREATE TABLE campaigns.campaign_case (
    campaign_id   bigint NOT NULL REFERENCES campaigns.campaign (id) ON DELETE CASCADE,
    case_id       bigint NOT NULL,
    number        text NOT NULL,
    category_code text NOT NULL,
    region_code   text NOT NULL,
    reported_at   timestamptz NOT NULL,
    status        text NOT NULL,
    PRIMARY KEY (campaign_id, case_id)
);
CREATE INDEX campaign_case_case_idx ON campaigns.campaign_case (case_id);
CREATE INDEX campaign_case_list_idx ON campaigns.campaign_case (campaign_id, reported_at DESC, case_id DESC);

-- Every joint inspection (综合查一次) the commerce module published: what a campaign's scope is tested against.
CREATE TABLE campaigns.inspection (
    id           bigint PRIMARY KEY,
    merchant_id  bigint NOT NULL,
    region_code  text NOT NULL,
    visited_at   timestamptz NOT NULL,
    failed_items integer NOT NULL
);

CREATE TABLE campaigns.campaign_inspection (
    campaign_id   bigint NOT NULL REFERENCES campaigns.campaign (id) ON DELETE CASCADE,
    inspection_id bigint NOT NULL REFERENCES campaigns.inspection (id),
    PRIMARY KEY (campaign_id, inspection_id)
);
