// mode: write; params: $entry {id, at, keyId, role, action, targetKind, targetId, before, after, requestId}
// effect: appends one audit entry (before / after as JSON text: Neo4j properties hold no maps)
CREATE (e:AuditEntry)
SET e = $entry
