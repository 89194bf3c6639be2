// mode: schema; params: none
// effect: range index for the 挂链 review queue, which lists enterprises by placementState
//         ('pending'); without it each page scans every enterprise; idempotent
CREATE INDEX enterprise_placement_state IF NOT EXISTS FOR (n:Enterprise) ON (n.placementState)
