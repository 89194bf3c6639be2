// mode: read; identifiers: label, type (undirected), relatedLabel
// params: $relatedId, $after, $where, $limit
// returns: nodes tied by {{type}} to the related node either way round, ordered by id
MATCH (m:{{relatedLabel}} {id: $relatedId})-[:{{type}}]-(n:{{label}})
WHERE ($after IS NULL OR n.id > $after)
  AND all(k IN keys($where) WHERE n[k] = $where[k] OR (n[k] IS :: LIST<ANY> AND $where[k] IN n[k]))
RETURN DISTINCT n
ORDER BY n.id
LIMIT $limit
