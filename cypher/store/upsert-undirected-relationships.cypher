// mode: write; identifiers: from, to (labels), type (an undirected type such as PAIRED_WITH)
// params: $rows [{index, from, to, props}]
// returns: one row per outcome (created | updated | unchanged | missing) with its count, and for
//   missing the rows' indexes and which end is missing
// idempotent: yes; a tie stored either way round counts as the same tie
UNWIND $rows AS row
OPTIONAL MATCH (a:{{from}} {id: row.from})
OPTIONAL MATCH (b:{{to}} {id: row.to})
OPTIONAL MATCH (a)-[old:{{type}}]-(b)
WITH row, a, b, head(collect(old)) AS old
WITH row, a, b, old,
     CASE
       WHEN a IS NULL OR b IS NULL THEN 'missing'
       WHEN old IS NULL THEN 'created'
       WHEN properties(old) = row.props THEN 'unchanged'
       ELSE 'updated'
     END AS outcome
FOREACH (_ IN CASE WHEN outcome = 'created' THEN [1] ELSE [] END | MERGE (a)-[r:{{type}}]-(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome = 'updated' THEN [1] ELSE [] END | SET old = row.props)
WITH outcome,
     CASE WHEN outcome = 'missing' THEN {index: row.index, end: CASE WHEN a IS NULL THEN 'from' ELSE 'to' END} END AS missing
RETURN outcome, count(*) AS count, collect(missing) AS missing
