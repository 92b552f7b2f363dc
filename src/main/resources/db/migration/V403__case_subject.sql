-- What a report is about besides its place (关于): a thing another module keeps, as an opaque reference 'kind:id'
-- (e.g. 'facility:42' for a facility of the convenience map). NULL for the usual report about a place. No foreign
-- key: the thing lives in another module's schema, and that module checked it existed when the report came in.
ALTER TABLE cases."case" ADD COLUMN subject text
    CONSTRAINT case_subject_format CHECK (subject ~ '^[a-z][a-z0-9-]{0,31}:[A-Za-z0-9_.:-]{1,64}$');

-- "How many open reports are there about this thing": only open cases, so the index stays small.
CREATE INDEX case_open_subject_idx ON cases."case" (subject)
    WHERE subject IS NOT NULL AND status NOT IN ('VOIDED', 'CLOSED', 'ANSWERED', 'DUPLICATE');
