-- The catalogue module's tables: departments (部门), categories (部件/事件 类别) with their classes (大类), and the
-- routing rules (部门联动) that send a category in a region to a department other than the category's default.
-- Only the catalogue module reads or writes this schema; other modules go through CatalogueManagement.
CREATE SCHEMA catalogue;

CREATE TABLE catalogue.department (
    code            text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name            text NOT NULL UNIQUE,
    english_name    text NOT NULL,
    contact_person  text NOT NULL,
    phone           text NOT NULL,
    address         text NOT NULL,
    duties          text NOT NULL
);

-- A class is the first level of a standard's category tree (部件 01 公用设施, 事件 05 街面秩序, ...).
CREATE TABLE catalogue.category_class (
    standard  text NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('COMPONENT', 'EVENT')),
    code      text NOT NULL CHECK (code ~ '^[0-9]+$'),
    name      text NOT NULL,
    PRIMARY KEY (standard, kind, code)
);

-- code is the catalogue's own ASCII key: the kind's letter (C = 部件, E = 事件) and the standard's digits.
CREATE TABLE catalogue.category (
    code                text PRIMARY KEY CHECK (code ~ '^[A-Z][0-9]+$'),
    standard            text NOT NULL,
    kind                text NOT NULL,
    class_code          text NOT NULL,
    name                text NOT NULL,
    default_department  text NOT NULL REFERENCES catalogue.department (code),
    limit_amount        numeric NOT NULL CHECK (limit_amount > 0),
    limit_unit          text NOT NULL CHECK (limit_unit IN ('NATURAL_HOURS', 'WORK_HOURS', 'WORK_DAYS')),
    urgent              boolean NOT NULL DEFAULT false,
    filing_rule         text NOT NULL,
    closing_rule        text NOT NULL,
    active              boolean NOT NULL DEFAULT true,
    FOREIGN KEY (standard, kind, class_code) REFERENCES catalogue.category_class (standard, kind, code),
    CHECK ((kind = 'COMPONENT' AND code LIKE 'C%') OR (kind = 'EVENT' AND code LIKE 'E%')),
    UNIQUE (standard, kind, name)
);

-- A region code is a Huaibei administrative code: city 4 digits, district 6, street 9, community 12, grid 15;
-- a child's code starts with its parent's. The active rule with the longest matching prefix wins.
CREATE TABLE catalogue.routing_rule (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category_code    text NOT NULL REFERENCES catalogue.category (code),
    region_code      text NOT NULL CHECK (region_code ~ '^[0-9]+$' AND length(region_code) IN (4, 6, 9, 12, 15)),
    lead_department  text NOT NULL REFERENCES catalogue.department (code),
    active           boolean NOT NULL DEFAULT true,
    note             text
);

-- Two active rules for the same category and region would make routing ambiguous.
CREATE UNIQUE INDEX routing_rule_one_active_per_region
    ON catalogue.routing_rule (category_code, region_code) WHERE active;

-- Assisting departments (协办), in the order the rule lists them.
CREATE TABLE catalogue.routing_rule_assisting (
    rule_id          bigint NOT NULL REFERENCES catalogue.routing_rule (id) ON DELETE CASCADE,
    position         integer NOT NULL,
    department_code  text NOT NULL REFERENCES catalogue.department (code),
    PRIMARY KEY (rule_id, position),
    UNIQUE (rule_id, department_code)
);
