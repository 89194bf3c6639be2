// mode: write; params: $rows [{id, kind, key, payload (JSON text)}], $runId, $computedAt
// effect: one Report node per (kind, key), replaced in one statement unless a newer run wrote it
// idempotent: yes
UNWIND $rows AS row
MERGE (r:Report {id: row.id})
WITH r, row
WHERE r.computedAt IS NULL OR r.computedAt <= $computedAt
SET r.kind = row.kind, r.key = row.key, r.payload = row.payload, r.runId = $runId, r.computedAt = $computedAt
