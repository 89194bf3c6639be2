// mode: read; params: $setKeys, $member ('Kind:id')
// returns: per stored list, what it says of itself without the list: its length, its last candidate ('Kind:id')
//   and that one's score, its text normaliser (bestText, bestTextOf; bestText null when stored without one),
//   and whether $member is among its candidates; a set key with no list stored gives no row
UNWIND $setKeys AS setKey
MATCH (p:ResultSet {id: setKey})
WHERE p.list IS NOT NULL AND p.to IS NOT NULL
RETURN setKey, size(p.to) AS size, p.to[-1] AS last, p.lastScore AS lastScore, p.bestText AS bestText,
       p.bestTextOf AS bestTextOf, $member IN p.to AS holds
