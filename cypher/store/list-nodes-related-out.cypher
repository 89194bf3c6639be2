// mode: read; identifiers: label, type, relatedLabel
// params: $relatedIds, $after, $where, $limit
// returns: nodes with an outgoing {{type}} to a related node (any of $relatedIds), ordered by id, after the cursor
MATCH (m:{{relatedLabel}}) WHERE m.id IN $relatedIds
MATCH (m)<-[:{{type}}]-(n:{{label}})
WHERE ($after IS NULL OR n.id > $after)
  AND all(k IN keys($where) WHERE n[k] = $where[k] OR (n[k] IS :: LIST<ANY> AND $where[k] IN n[k]))
RETURN DISTINCT n
ORDER BY n.id
LIMIT $limit
