// mode: read; identifiers: type; params: none
// returns: (fromLabel, fromId, toLabel, toId, props) for every {{type}} relationship, each once in its stored direction
// (a whole-graph read: ends as ids only, so a projection of the whole graph reads each node once)
MATCH (a)-[r:{{type}}]->(b)
RETURN labels(a)[0] AS fromLabel, a.id AS fromId, labels(b)[0] AS toLabel, b.id AS toId, properties(r) AS props
