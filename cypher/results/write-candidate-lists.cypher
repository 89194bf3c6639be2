// mode: write; params: $lists [{setKey, fromKey, to ('Kind:id' in rank order), list (the list as text), digest (what it
//         says, src/store/list-digest.ts), lastScore (the last candidate's score), bestText and bestTextOf (a partner
//         list's text normaliser; null for other lists)}], $runId, $computedAt
// effect: each list replaced whole by this run in one SET unless a newer run is already stored (a retried
//         older job must not overwrite a newer run); the record holds the run id and the list together,
//         so readers see the old list or the new one, never a mix
// returns: the set keys this run now holds (the explorable top candidates are replaced for those)
// idempotent: yes; writing the same run again writes the same record
UNWIND $lists AS l
MERGE (p:ResultSet {id: l.setKey})
WITH l, p
WHERE p.runId IS NULL OR p.runId = $runId OR p.computedAt <= $computedAt
SET p.runId = $runId, p.computedAt = $computedAt, p.fromKey = l.fromKey, p.to = l.to, p.list = l.list,
    p.digest = l.digest, p.lastScore = l.lastScore, p.bestText = l.bestText, p.bestTextOf = l.bestTextOf
RETURN l.setKey AS setKey
