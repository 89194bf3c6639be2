// mode: read; identifiers: label; params: $ids, $types
// returns: every relationship of the given types touching the given nodes, with both end nodes
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})-[r]-(m)
WHERE type(r) IN $types
RETURN DISTINCT type(r) AS type, properties(r) AS props, startNode(r) AS start, endNode(r) AS end,
       labels(startNode(r))[0] AS startLabel, labels(endNode(r))[0] AS endLabel
