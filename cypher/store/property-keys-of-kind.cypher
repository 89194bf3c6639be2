// mode: read; identifiers: label; params: none
// returns: (key) every property key some {{label}} node holds, once each
// (the first half of a whole-graph read of a kind: the keys all-nodes-of-kind then asks each node for)
MATCH (n:{{label}})
UNWIND keys(n) AS key
RETURN DISTINCT key
