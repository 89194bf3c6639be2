// mode: write; identifiers: from, to (labels), type (PARTNER_CANDIDATE | TACKLE_CANDIDATE)
// params: $rows [{setKey, fromId, toId, qualifier, rank, score}], $runId
// effect: the first few candidates of each list as plain relationships, to explore in Neo4j Browser (no
//         reasons: the API renders those); written in the transaction that stores the lists
// idempotent: yes after delete-top-candidates, which runs first
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.fromId})
MATCH (b:{{to}} {id: row.toId})
CREATE (a)-[:{{type}} {setKey: row.setKey, direction: row.qualifier, rank: row.rank, score: row.score, runId: $runId}]->(b)
