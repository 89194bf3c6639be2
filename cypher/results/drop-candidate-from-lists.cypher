// mode: write (in a delete's transaction); params: $lists [{setKey, runId, to, list}]
// effect: the lists a deleted node was a candidate in, written again without it, under a revision of their run id
//         (revisedRunId: a reader that remembers a list by its run id reads it anew) and the same time; no longer
//         what the engine gave, they lose their digest and text normaliser, so the next run writes them and the next
//         edit around one recomputes it
// idempotent: yes
UNWIND $lists AS l
MATCH (p:ResultSet {id: l.setKey})
SET p.runId = l.runId, p.to = l.to, p.list = l.list, p.digest = null, p.bestText = null, p.bestTextOf = null, p.lastScore = null
