// mode: write (in a delete's transaction); params: $lists [{setKey, to, list}]
// effect: the lists a deleted node was a candidate in, written again without it (same run id); no longer what the
//         engine gave, they lose their text normaliser, so the next edit around one recomputes it
// idempotent: yes
UNWIND $lists AS l
MATCH (p:ResultSet {id: l.setKey})
SET p.to = l.to, p.list = l.list, p.bestText = null, p.bestTextOf = null, p.lastScore = null
