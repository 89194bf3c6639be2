// mode: read; params: $id ('kind|key'); returns: the report node, or no row
MATCH (r:Report {id: $id})
RETURN r.kind AS kind, r.key AS key, r.runId AS runId, r.computedAt AS computedAt, r.payload AS payload
