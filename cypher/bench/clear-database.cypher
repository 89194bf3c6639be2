// mode: write (auto-commit, batched); params: none
// effect: deletes every node and relationship, in batches; used only on the benchmark's own server
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
