// mode: read; params: $after (an entry id, or null for the newest), $targetId (or null for all), $limit
// returns: entries newest first, one more than asked to tell whether another page follows
MATCH (e:AuditEntry)
WHERE ($after IS NULL OR e.id < $after) AND ($targetId IS NULL OR e.targetId = $targetId)
RETURN e {.*} AS entry
ORDER BY e.id DESC
LIMIT $limit
