// mode: read; identifiers: label
// params: $after (id or null), $where (map: equality, or membership for list properties), $limit
// returns: up to $limit nodes ordered by id, after the cursor
MATCH (n:{{label}})
WHERE ($after IS NULL OR n.id > $after)
  AND all(k IN keys($where) WHERE n[k] = $where[k] OR (n[k] IS :: LIST<ANY> AND $where[k] IN n[k]))
RETURN n
ORDER BY n.id
LIMIT $limit
