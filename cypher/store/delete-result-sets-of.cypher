// mode: write; params: $fromKey ('Label:id')
// effect: removes the candidate-set pointers of a deleted node (run in the delete's transaction)
MATCH (p:ResultSet {fromKey: $fromKey})
DETACH DELETE p
