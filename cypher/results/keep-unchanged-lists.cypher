// mode: write; params: $lists [{setKey, digest}], $computedAt
// effect: a stored list whose digest is the one given (the same candidates, scores and details) keeps its record
//         and run; only its claim against older runs (computedAt) moves to this run's time, unless a newer run
//         already holds it
// returns: the set keys kept, which the caller then does not write
// idempotent: yes
UNWIND $lists AS l
MATCH (p:ResultSet {id: l.setKey})
WHERE p.digest = l.digest AND p.computedAt <= $computedAt
SET p.computedAt = $computedAt
RETURN l.setKey AS setKey
