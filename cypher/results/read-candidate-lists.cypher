// mode: read; identifiers: from (label), located (LOCATED_IN | IN_REGION)
// params: $fromId, $setKeys (one per qualifier), $known (set key -> the run id the caller holds)
// returns: no row when the node does not exist; else one row per set key: the node's region ids, the set's
//          current run id (null when none is stored) and the list as text, its run id and time inside — left
//          out (null) when the current run is the one the caller already holds
// why one statement: an API read of a list is then one round trip to Neo4j; and a list the API process has
//          cached costs only its record's run id
MATCH (n:{{from}} {id: $fromId})
OPTIONAL MATCH (n)-[:{{located}}]->(region:Region)
WITH n, collect(region.id) AS regionIds
UNWIND $setKeys AS setKey
OPTIONAL MATCH (p:ResultSet {id: setKey})
WITH regionIds, setKey, p, p.runId AS runId
RETURN regionIds, setKey, runId,
       CASE WHEN $known[setKey] = runId THEN null ELSE p.list END AS list
