// mode: write; identifiers: from (label), type
// params: $sets [{setKey, fromId, fromKey}], $runId, $computedAt
// effect: points each set at this run unless a newer run is already current, then deletes the
//         relationships of the run that lost (the previous one, or this one when it is older),
//         all in one transaction: readers see the old set or the new set, never a mix
// idempotent: yes; flipping the current run again deletes nothing
UNWIND $sets AS s
MERGE (p:ResultSet {id: s.setKey})
WITH s, p, p.runId AS previousRunId,
     p.runId IS NULL OR p.runId = $runId OR p.computedAt <= $computedAt AS newer
SET p.runId = CASE WHEN newer THEN $runId ELSE p.runId END,
    p.computedAt = CASE WHEN newer THEN $computedAt ELSE p.computedAt END,
    p.fromKey = s.fromKey
WITH s, CASE WHEN NOT newer THEN $runId WHEN previousRunId <> $runId THEN previousRunId END AS staleRunId
WHERE staleRunId IS NOT NULL
MATCH (:{{from}} {id: s.fromId})-[r:{{type}} {setKey: s.setKey, runId: staleRunId}]->()
DELETE r
