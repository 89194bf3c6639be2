// mode: read; identifiers: type; params: none
// returns: (count) of {{type}} relationships (from the count store: no relationship is read)
MATCH ()-[r:{{type}}]->()
RETURN count(r) AS count
