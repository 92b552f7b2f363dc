-- Photos another module's record keeps without a case (e.g. a joint inspection's passed items, 综合查一次): what
-- keeps them (a CaseSubject reference, e.g. merchant:12) and the region of that record, whose staff may see them.
-- The collection of unused photos leaves them alone.
ALTER TABLE cases.photo
    ADD COLUMN kept_for text,
    ADD COLUMN kept_region text;
DROP INDEX cases.photo_unused_idx;
CREATE INDEX photo_unused_idx ON cases.photo (uploaded_at) WHERE case_id IS NULL AND kept_for IS NULL;
