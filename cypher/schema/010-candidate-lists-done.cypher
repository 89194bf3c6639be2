// mode: schema (a data migration, auto-commit); params: none
// effect: marks the database as holding candidate lists as records (008 and 009 done): they skip from now on
// idempotent: yes
MERGE (:SchemaMigration {id: 'candidate-lists-as-records'})
