// mode: read (in a delete's transaction); params: $key ('Kind:id')
// returns: the lists a node is a candidate in (set key, list as text), to write them again without it
// why a scan: a node is deleted rarely, and an index on list members would cost every run's write
MATCH (p:ResultSet)
WHERE $key IN p.to
RETURN p.id AS setKey, p.list AS list
