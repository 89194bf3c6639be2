// mode: write; identifiers: from, to, type; params: $rows [{from, to}]
// returns: deleted count; idempotent
UNWIND $rows AS row
MATCH (:{{from}} {id: row.from})-[r:{{type}}]->(:{{to}} {id: row.to})
DELETE r
RETURN count(r) AS deleted
