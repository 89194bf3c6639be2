// mode: schema; params: none
// effect: index to find a node's candidate-set pointers when the node is deleted; idempotent
CREATE INDEX result_set_from IF NOT EXISTS FOR (n:ResultSet) ON (n.fromKey)
