// mode: write; identifiers: from (label), type (PARTNER_CANDIDATE | TACKLE_CANDIDATE); params: $sets [{setKey, fromId}]
// effect: removes the explorable top-candidate relationships of these sets (before a run writes its own, in
//         the same transaction)
// idempotent: yes
UNWIND $sets AS s
MATCH (:{{from}} {id: s.fromId})-[r:{{type}} {setKey: s.setKey}]->()
DELETE r
