-- A tagged case's status is read from the cases module when a list is shown (CaseManagement.statusesOf), not copied
-- here by a listener on every transition of every case: one statement less per lifecycle step.
ALTER TABLE campaigns.campaign_case DROP COLUMN status;
COMMENT ON TABLE campaigns.campaign_case IS 'A case in a campaign''s scope: the public facts that decide the scope, as reported.';
