-- The administrators' pages (issue 5): a form sent twice adds one officer, and two administrators changing a
-- community's supervision contact at once never overwrite each other unseen.

-- The key of the page's form an officer was added with: the same form sent again finds this row instead of adding a
-- second one. Null for officers added through the API or by the demo loader.
ALTER TABLE disclosure.officer ADD COLUMN form_key text UNIQUE;

-- Optimistic version of a community's own supervision contact: 1 when first written, + 1 on every change.
ALTER TABLE disclosure.supervision ADD COLUMN version integer NOT NULL DEFAULT 1;
