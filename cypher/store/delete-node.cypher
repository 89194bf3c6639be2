// mode: write; identifiers: label; params: $id
// returns: deleted (0 or 1); effect: the node and all its relationships; idempotent
OPTIONAL MATCH (n:{{label}} {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
