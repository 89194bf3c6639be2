// mode: write; params: $key {id, name, role, regionId, hash, createdAt}
// effect: stores an API key's record (its hash, never the key); fails on a duplicate id (unique constraint)
CREATE (k:ApiKey)
SET k = $key, k.revokedAt = null
