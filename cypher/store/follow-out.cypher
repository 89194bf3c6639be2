// mode: read; identifiers: from, to (labels), type; params: $ids
// returns: (nearId, nearIsStart, props, far) for each {{type}} from the given nodes to {{to}} nodes, with the far node
UNWIND $ids AS id
MATCH (a:{{from}} {id: id})-[r:{{type}}]->(b:{{to}})
RETURN a.id AS nearId, true AS nearIsStart, properties(r) AS props, b AS far
