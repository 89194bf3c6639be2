// mode: read; identifiers: from, to (labels), type; params: $ids
// returns: (nearId, nearIsStart, props, far) for each {{type}} into the given nodes from {{to}} nodes, with the far node
UNWIND $ids AS id
MATCH (a:{{from}} {id: id})<-[r:{{type}}]-(b:{{to}})
RETURN a.id AS nearId, false AS nearIsStart, properties(r) AS props, b AS far
