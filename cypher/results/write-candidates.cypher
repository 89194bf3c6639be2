// mode: write; identifiers: from, to (labels), type (PARTNER_CANDIDATE | TACKLE_CANDIDATE)
// params: $rows [{setKey, fromId, toId, qualifier, rank, score, reasons, detail}], $runId, $computedAt
// effect: the run's candidate relationships, invisible to readers until the set is flipped
// idempotent: yes; MERGE on (set, run) so a retried job rewrites the same relationships
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.fromId})
MATCH (b:{{to}} {id: row.toId})
MERGE (a)-[r:{{type}} {setKey: row.setKey, runId: $runId}]->(b)
SET r.direction = row.qualifier, r.rank = row.rank, r.score = row.score, r.reasons = row.reasons,
    r.detail = row.detail, r.computedAt = $computedAt
