// mode: read; identifiers: label; params: $ids
// returns: the ids among $ids that exist as {{label}} nodes
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN n.id AS id
