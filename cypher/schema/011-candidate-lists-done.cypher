// mode: schema (a data migration, auto-commit); params: none
// effect: marks the database as holding candidate lists as records (009 and 010 done): they skip from now on
// idempotent: yes
MERGE (:SchemaMigration {id: 'candidate-lists-as-records'})
