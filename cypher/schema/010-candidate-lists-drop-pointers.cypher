// mode: schema (a data migration, auto-commit, once per database); params: none
// effect: deletes the ResultSet pointers of the storage before lists were records (a run id, no list): such
//         a list then reads as not stored yet, and the API queues the job that computes it
// idempotent: yes
OPTIONAL MATCH (done:SchemaMigration {id: 'candidate-lists-as-records'})
WITH done
WHERE done IS NULL
MATCH (p:ResultSet)
WHERE p.list IS NULL
CALL (p) {
  DETACH DELETE p
} IN TRANSACTIONS OF 10000 ROWS
