// mode: schema; params: none
// effect: full-text index over names and aliases of every named kind, CJK analyzer (bigrams),
//         so that 镇江船厂 finds 江苏省镇江船厂（集团）有限公司; idempotent
CREATE FULLTEXT INDEX names_fulltext IF NOT EXISTS
FOR (n:Enterprise|Institution|PartyOrg|Region|Chain|Segment|Person|Team)
ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }
