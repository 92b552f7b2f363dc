-- Live feeds update a facility's free spaces or free ports and a port's state many times a day. None of those
-- columns is indexed, so PostgreSQL can update the row in place (a HOT update: no new entry in any of the
-- facility's 16 indexes) — but only when the row's page has room for the new version. Bulk-loaded pages are full at
-- the default fillfactor of 100, so every first update of a row wrote all 16 indexes. Leave room on every page.
ALTER TABLE facilities.facility SET (fillfactor = 80);
ALTER TABLE facilities.charging_port SET (fillfactor = 80);
