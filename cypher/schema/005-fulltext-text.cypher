// mode: schema; params: none
// effect: full-text index over descriptive text and skills (descriptions, bios, products, needs,
//         keywords, problem and work titles and abstracts), CJK analyzer; idempotent
CREATE FULLTEXT INDEX text_fulltext IF NOT EXISTS
FOR (n:Enterprise|Institution|PartyOrg|Chain|Segment|Person|Problem|Work|Request|Team)
ON EACH [n.title, n.description, n.bio, n.skills, n.products, n.needs, n.keywords, n.abstract]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }
