// mode: read; params: $setKey
// returns: the stored list of the set (its run, time and the list as text), or no row
MATCH (p:ResultSet {id: $setKey})
RETURN p.runId AS runId, p.computedAt AS computedAt, p.list AS list
