// mode: write; identifiers: from, to, type (undirected); params: $rows [{from, to}]
// returns: deleted count; idempotent
UNWIND $rows AS row
MATCH (:{{from}} {id: row.from})-[r:{{type}}]-(:{{to}} {id: row.to})
DELETE r
RETURN count(DISTINCT r) AS deleted
