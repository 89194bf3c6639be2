// mode: read; identifiers: label; params: $id
// returns: the node, or no row
MATCH (n:{{label}} {id: $id})
RETURN n
