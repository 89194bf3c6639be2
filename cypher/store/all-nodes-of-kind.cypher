// mode: read; identifiers: label; params: keys, instants
// returns: (id, values) for every {{label}} node, unordered: values[i] is the node's $keys[i], null where it has none
// (a whole-graph read for a projection: an id and a list of primitives, no map and no Node structure,
// so a record costs the driver little: a map's keys were decoded again for every node, and were
// half of the decoding. The keys come from property-keys-of-kind, read just before.)
// The instants the store writes (createdAt and updatedAt on every node, the kind's declared date-time
// fields) travel as text when they are DateTimes: a DateTime costs the JavaScript driver a dozen
// Integer objects to decode, which was a sixth of a worker's start. Anything else passes as it is.
MATCH (n:{{label}})
RETURN n.id AS id,
       [key IN $keys | CASE WHEN key IN $instants AND n[key] IS :: ZONED DATETIME THEN toString(n[key]) ELSE n[key] END] AS values
