-- A citizen's messages are listed in the order their notifications were written (the order of the case's steps),
-- not the order the channel happened to deliver them: delivery runs on several threads and retries.
DROP INDEX citizens.message_recipient_idx;
CREATE INDEX message_recipient_idx ON citizens.message (recipient_id, notification_id DESC);
