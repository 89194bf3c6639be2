// mode: schema (a data migration, auto-commit, once per database); params: none
// effect: deletes the candidate relationships of the storage before lists were records (each carried its
//         reasons; the explorable top candidates written since carry none), in batches so a province's
//         millions fit in memory; results are recomputable, and a list not stored is computed when read.
//         Runs until 011 marks the database done, so a start after that costs one lookup
// idempotent: yes
OPTIONAL MATCH (done:SchemaMigration {id: 'candidate-lists-as-records'})
WITH done
WHERE done IS NULL
MATCH ()-[r:PARTNER_CANDIDATE|TACKLE_CANDIDATE]->()
WHERE r.reasons IS NOT NULL
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS
