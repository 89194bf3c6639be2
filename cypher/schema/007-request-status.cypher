// mode: schema; params: none
// effect: range index for the service loop's filter by status; idempotent
CREATE INDEX request_status IF NOT EXISTS FOR (n:Request) ON (n.status)
