// mode: write; identifiers: label
// params: $rows [{id, props}] (ids unique within the batch), $now DateTime
// returns: one row per outcome (created | updated | unchanged) with its count
// idempotent: yes; a record equal to the stored one is not written and keeps its updatedAt
UNWIND $rows AS row
OPTIONAL MATCH (old:{{label}} {id: row.id})
WITH row, old, old.createdAt AS createdAt,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k])
        AND size([k IN keys(old) WHERE NOT k IN ['createdAt', 'updatedAt']]) = size(keys(row.props))
         THEN 'unchanged'
       ELSE 'updated'
     END AS outcome
MERGE (n:{{label}} {id: row.id})
  ON CREATE SET n = row.props, n.createdAt = $now, n.updatedAt = $now
FOREACH (_ IN CASE WHEN outcome = 'updated' THEN [1] ELSE [] END |
  SET n = row.props, n.createdAt = createdAt, n.updatedAt = $now)
RETURN outcome, count(*) AS count
