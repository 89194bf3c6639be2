// mode: read; params: none
// returns: every key's record, oldest first
MATCH (k:ApiKey)
RETURN k {.*} AS key
ORDER BY k.createdAt, k.id
