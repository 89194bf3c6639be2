// mode: write; identifiers: label; params: $id, $props, $now
// the row-by-row baseline of the import benchmark: one MERGE per record, one transaction each
MERGE (n:{{label}} {id: $id})
ON CREATE SET n = $props, n.createdAt = $now, n.updatedAt = $now
ON MATCH SET n += $props, n.updatedAt = $now
