// mode: read; identifiers: label, type (undirected), relatedLabel
// params: $relatedIds, $after, $where, $limit
// returns: nodes tied by {{type}} to a related node (any of $relatedIds) either way round, ordered by id
MATCH (m:{{relatedLabel}}) WHERE m.id IN $relatedIds
MATCH (m)-[:{{type}}]-(n:{{label}})
WHERE ($after IS NULL OR n.id > $after)
  AND all(k IN keys($where) WHERE n[k] = $where[k] OR (n[k] IS :: LIST<ANY> AND $where[k] IN n[k]))
RETURN DISTINCT n
ORDER BY n.id
LIMIT $limit
