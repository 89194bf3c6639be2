// mode: read; identifiers: from, to (labels), type (undirected); params: $ids
// returns: (nearId, nearIsStart, props, far) for each {{type}} touching the given nodes either way round, with the far node
UNWIND $ids AS id
MATCH (a:{{from}} {id: id})-[r:{{type}}]-(b:{{to}})
RETURN a.id AS nearId, startNode(r) = a AS nearIsStart, properties(r) AS props, b AS far
