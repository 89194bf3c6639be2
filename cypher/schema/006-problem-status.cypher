// mode: schema; params: none
// effect: range index for the tackling board's filter by status; idempotent
CREATE INDEX problem_status IF NOT EXISTS FOR (n:Problem) ON (n.status)
