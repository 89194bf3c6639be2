// mode: read; identifiers: label; params: none
// returns: count
MATCH (n:{{label}})
RETURN count(n) AS count
