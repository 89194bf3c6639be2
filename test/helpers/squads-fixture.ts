import type { BundleInput } from '../../src/ingest/bundle.schema';
import { tradeTag } from './bundle-fixture';

/**
 * 党员招商小分队 over validBundle(p): a city elsewhere in the province with three enterprises on
 * the chain (the leads), a second park with its own squad, and the park's squad of three of the
 * park's people (person-5 leading) working on the chain, with 001's stated tally for the park.
 */
export function squadsBundle(p: string): BundleInput & { format: 'redchain-bundle/1' } {
  return {
    format: 'redchain-bundle/1',
    regions: [
      { id: `${p}-far`, name: '兰州市', level: 'city', parentId: `${p}-prov` },
      { id: `${p}-other-park`, name: '兰州新区', level: 'park', parentId: `${p}-far` },
    ],
    enterprises: [1, 2, 3].map((i) => ({
      id: `${p}-far-ent-${i}`,
      // a name of this prefix only: the import links a known name to the enterprise already there
      name: `兰州${tradeTag(`${p}-far-${i}`)}${['正极', '电解液', '隔膜'][i - 1]}材料有限公司`,
      regionId: `${p}-far`,
      segments: [`${p}-seg-material`],
    })),
    people: [{ id: `${p}-far-person`, name: '远方党员', worksAt: [{ orgId: `${p}-far-ent-1` }] }],
    investmentSquads: [
      {
        id: `${p}-squad`,
        name: '锂电池产业链招商小分队',
        regionId: `${p}-park`,
        chainIds: [`${p}-chain`],
        members: [`${p}-person-5`, `${p}-person-6`, `${p}-person-7`],
        leaderId: `${p}-person-5`,
        formedOn: '2026-01-10',
      },
      {
        id: `${p}-other-squad`,
        name: '兰州新区招商小分队',
        regionId: `${p}-other-park`,
        chainIds: [`${p}-chain`],
        members: [`${p}-far-person`],
      },
    ],
    squadTallies: [
      {
        id: `${p}-tally`,
        title: '党员招商小分队',
        regionId: `${p}-park`,
        since: '2026-01-01',
        squads: 30,
        trips: 165,
        enterprisesMet: 200,
        enterprisesMetAtLeast: true,
        source: 'article:test',
      },
    ],
  };
}
