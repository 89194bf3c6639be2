// mode: read; identifiers: label; params: none
// returns: (id, props) for every {{label}} node, unordered
// (a whole-graph read for a projection: two columns and no Node structure, so a record costs the driver little)
// The instants the store writes (createdAt and updatedAt on every node, a request's raisedAt and
// dueAt) travel as text: a DateTime costs the JavaScript driver a dozen Integer objects to decode,
// which was a sixth of a worker's start. Anything else under those names passes as it is; a
// property that is absent comes back null, which the reader drops (Neo4j stores no nulls).
MATCH (n:{{label}})
WITH n, properties(n) AS p
RETURN n.id AS id,
       p {.*,
          createdAt: CASE WHEN p.createdAt IS :: ZONED DATETIME THEN toString(p.createdAt) ELSE p.createdAt END,
          updatedAt: CASE WHEN p.updatedAt IS :: ZONED DATETIME THEN toString(p.updatedAt) ELSE p.updatedAt END,
          raisedAt: CASE WHEN p.raisedAt IS :: ZONED DATETIME THEN toString(p.raisedAt) ELSE p.raisedAt END,
          dueAt: CASE WHEN p.dueAt IS :: ZONED DATETIME THEN toString(p.dueAt) ELSE p.dueAt END} AS props
