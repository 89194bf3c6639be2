// mode: read; params: $setKey
// returns: the stored list of the set as text (its run id and time inside), or no row
MATCH (p:ResultSet {id: $setKey})
RETURN p.list AS list
