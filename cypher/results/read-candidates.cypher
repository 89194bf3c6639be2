// mode: read; identifiers: from (label), type; params: $setKey, $fromId
// returns: the current run's id and time, its candidates in rank order, and the pointer's run id
//          read again at the end (the caller retries when the two differ: a flip came between)
MATCH (p:ResultSet {id: $setKey})
WITH p.runId AS runId, p.computedAt AS computedAt
OPTIONAL MATCH (:{{from}} {id: $fromId})-[r:{{type}} {setKey: $setKey, runId: runId}]->(b)
WITH runId, computedAt, r, b
ORDER BY r.rank
WITH runId, computedAt,
     collect(CASE WHEN r IS NULL THEN null ELSE {toKind: labels(b)[0], toId: b.id, rank: r.rank, score: r.score,
                                               reasons: r.reasons, detail: r.detail} END) AS candidates
MATCH (again:ResultSet {id: $setKey})
RETURN runId, computedAt, candidates, again.runId AS runIdAfter
