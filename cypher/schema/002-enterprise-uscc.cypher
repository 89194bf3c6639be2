// mode: schema; params: none
// effect: range index for exact USCC lookups during name resolution; idempotent
CREATE INDEX enterprise_uscc IF NOT EXISTS FOR (n:Enterprise) ON (n.uscc)
