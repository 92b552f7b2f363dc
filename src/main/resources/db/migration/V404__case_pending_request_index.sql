-- The queues count open cases only, and the pending requests (回退/延期/挂账 waiting for approval) without reading
-- every case: a partial index holds just the few cases with one.
CREATE INDEX case_pending_request_idx ON cases."case" (pending_request) WHERE pending_request <> 'NONE';
