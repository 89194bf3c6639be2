// mode: write; params: $id, $at
// effect: marks a live key revoked; returns the key's id when it was live, no row otherwise; idempotent
MATCH (k:ApiKey {id: $id})
WHERE k.revokedAt IS NULL
SET k.revokedAt = $at
RETURN k.id AS id
