// mode: read; params: $id
// returns: the key's record, or no row
MATCH (k:ApiKey {id: $id})
RETURN k {.*} AS key
