-- The audit trail also keeps the case's category and lead department as they were after each transition, so that
-- the assessment can be rebuilt from the trail alone: a category corrected at verification and a department
-- changed by a return count where they stood at the time. Rows written before this migration have none (NULL):
-- readers fall back to the case's current values.
ALTER TABLE cases.transition ADD COLUMN category_code text, ADD COLUMN lead_department text;
