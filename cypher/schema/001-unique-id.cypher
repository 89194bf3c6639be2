// mode: schema; applied once per node label, and for the internal labels (ResultSet, Report, ApiKey, AuditEntry)
// params: none; identifiers: label (allow-listed)
// effect: a uniqueness constraint on the label's id (which also backs id lookups); idempotent
CREATE CONSTRAINT {{label}}_id_unique IF NOT EXISTS FOR (n:{{label}}) REQUIRE n.id IS UNIQUE
