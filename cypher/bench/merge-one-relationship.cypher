// mode: write; identifiers: from, to, type; params: $from, $to, $props
// the row-by-row baseline of the import benchmark: one MERGE per relationship
MATCH (a:{{from}} {id: $from})
MATCH (b:{{to}} {id: $to})
MERGE (a)-[r:{{type}}]->(b)
SET r = $props
