// mode: read; identifiers: type, from, to; params: none
// returns: (fromId, toIds, withProps) for every {{type}} relationship from a {{from}} to a {{to}} node, grouped by
// its start: toIds every end, withProps [toId, props] for those that have properties (most have none)
// (a whole-graph read for a projection: the labels are known, so only ids travel, as lists of primitives;
// collect drops nulls, hence the pairs rather than a props list parallel to toIds)
MATCH (a:{{from}})-[r:{{type}}]->(b:{{to}})
WITH a.id AS fromId, b.id AS toId, CASE WHEN size(keys(r)) = 0 THEN null ELSE [b.id, properties(r)] END AS pair
RETURN fromId, collect(toId) AS toIds, collect(pair) AS withProps
