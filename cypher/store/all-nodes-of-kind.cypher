// mode: read; identifiers: label; params: none
// returns: (id, props) for every {{label}} node, unordered
// (a whole-graph read for a projection: two columns and no Node structure, so a record costs the driver little)
MATCH (n:{{label}})
RETURN n.id AS id, properties(n) AS props
