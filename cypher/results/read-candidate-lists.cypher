// mode: read; identifiers: from (label), located (LOCATED_IN | IN_REGION), type
// params: $fromId, $setKeys (one per qualifier), $known (set key -> the run id the caller holds)
// returns: no row when the node does not exist; else one row per set key: the node's region ids,
//          the set's current run id and time (null when none is stored), its candidates in rank
//          order — left out (empty) when the current run is the one the caller already holds —
//          and the pointer's run id read again at the end (the caller retries when the two
//          differ: a flip came between)
// why one statement: an API read of a list is then one round trip to Neo4j, not three; and a
//          list the API process has cached costs only the pointer's read
MATCH (n:{{from}} {id: $fromId})
OPTIONAL MATCH (n)-[:{{located}}]->(region:Region)
WITH n, collect(region.id) AS regionIds
UNWIND $setKeys AS setKey
OPTIONAL MATCH (p:ResultSet {id: setKey})
// the pointer is read once, here: a property read again in RETURN sees a flip that came after the
// candidates were matched, and the comparison with runIdAfter would then miss it
WITH regionIds, n, setKey, p.runId AS runId, p.computedAt AS computedAt
CALL (n, runId, setKey) {
  OPTIONAL MATCH (n)-[r:{{type}} {setKey: setKey, runId: runId}]->(b)
  WHERE $known[setKey] IS NULL OR $known[setKey] <> runId
  WITH r, b
  ORDER BY r.rank
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {toKind: labels(b)[0], toId: b.id, rank: r.rank, score: r.score,
                                                  reasons: r.reasons, detail: r.detail} END) AS candidates
}
OPTIONAL MATCH (again:ResultSet {id: setKey})
RETURN regionIds, setKey, runId, computedAt, candidates, again.runId AS runIdAfter
