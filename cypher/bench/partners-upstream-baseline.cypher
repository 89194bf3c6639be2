// mode: read; params: $id
// The straightforward per-enterprise query a user would write for upstream partners (the
// engines benchmark's baseline): producers of the segments the enterprise declared it needs, or
// of segments one or two FEEDS steps upstream of its own, scored by segment fit, the same
// park and scale; its present suppliers left out; top 20. It leaves out what the engine adds
// (product/need text, the organisational path, per-segment diversity), so it is the cheaper one.
MATCH (me:Enterprise {id: $id})
OPTIONAL MATCH (me)-[:NEEDS]->(need:Segment)<-[:IN_SEGMENT]-(c1:Enterprise)
WITH me, collect({c: c1, fit: 1.0}) AS declared
OPTIONAL MATCH (me)-[:IN_SEGMENT]->(:Segment)<-[f:FEEDS]-(:Segment)<-[:IN_SEGMENT]-(c2:Enterprise)
WITH me, declared, collect({c: c2, fit: 0.8 * coalesce(f.weight, 1.0)}) AS oneStep
OPTIONAL MATCH (me)-[:IN_SEGMENT]->(:Segment)<-[f1:FEEDS]-(:Segment)<-[f2:FEEDS]-(:Segment)<-[:IN_SEGMENT]-(c3:Enterprise)
WITH me, declared, oneStep, collect({c: c3, fit: 0.4 * coalesce(f1.weight, 1.0) * coalesce(f2.weight, 1.0)}) AS twoSteps
UNWIND declared + oneStep + twoSteps AS o
WITH me, o.c AS c, o.fit AS fit
WHERE c IS NOT NULL AND c <> me AND NOT (c)-[:SUPPLIES]->(me)
WITH me, c, max(fit) AS fit
OPTIONAL MATCH (me)-[:LOCATED_IN]->(shared:Region)<-[:LOCATED_IN]-(c)
WITH c, fit, count(shared) > 0 AS near
RETURN c.id AS id,
       0.35 * fit + 0.2 * CASE WHEN near THEN 1.0 ELSE 0.1 END +
       0.1 * CASE c.scale WHEN 'large' THEN 1.0 WHEN 'medium' THEN 0.7 WHEN 'small' THEN 0.4 ELSE 0.2 END AS score
ORDER BY score DESC, id
LIMIT 20
