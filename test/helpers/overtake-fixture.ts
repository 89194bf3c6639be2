import type { BundleInput } from '../../src/ingest/bundle.schema';
import { tradeTag } from './bundle-fixture';

/** A name as the bundle of prefix `p` gives it: with a tag of the prefix, as names resolve across a shared database's runs. */
export const overtakeName = (p: string, name: string): string => (p ? `${tradeTag(p)}${name}` : name);

/**
 * A three-segment chain 铜箔 → 负极材料 → 电芯 (FEEDS). The cell maker (cell) looks upstream:
 * 负极材料 is one step (direct), 铜箔 two. The direct maker (direct) is small and in another
 * province; the two-step one (copper) is large, a chain master, in the cell maker's park and
 * makes what it needs in words — so it ranks first, and must say why. Ids carry `p` (a prefix
 * of a shared database's run, none by default), and then names a tag of it (overtakeName).
 */
export function overtakeBundle(p = ''): BundleInput & { format: 'redchain-bundle/1' } {
  const id = (name: string) => `${p}${name}`;
  return {
    format: 'redchain-bundle/1',
    regions: [
      { id: id('r-hb'), name: '湖北省', level: 'province' },
      { id: id('r-park'), name: '咸宁高新区', level: 'park', parentId: id('r-hb') },
      { id: id('r-gs'), name: '甘肃省', level: 'province' },
    ],
    chains: [{ id: id('c-li'), name: '锂电池' }],
    segments: [
      { id: id('s-copper'), chainId: id('c-li'), name: '铜箔', stage: 'upstream' },
      { id: id('s-anode'), chainId: id('c-li'), name: '负极材料', stage: 'midstream' },
      { id: id('s-cell'), chainId: id('c-li'), name: '电芯', stage: 'downstream' },
    ],
    feeds: [
      { from: id('s-copper'), to: id('s-anode') },
      { from: id('s-anode'), to: id('s-cell') },
    ],
    enterprises: [
      {
        id: id('cell'),
        name: overtakeName(p, '咸宁电芯有限公司'),
        regionId: id('r-park'),
        segments: [id('s-cell')],
        needs: ['锂电铜箔'],
      },
      {
        id: id('direct'),
        name: overtakeName(p, '陇原负极材料有限公司'),
        regionId: id('r-gs'),
        segments: [id('s-anode')],
        scale: 'micro',
      },
      {
        id: id('copper'),
        name: overtakeName(p, '咸宁铜箔股份有限公司'),
        regionId: id('r-park'),
        segments: [id('s-copper')],
        scale: 'large',
        tags: ['chain_master', 'above_scale'],
        products: ['锂电铜箔'],
      },
    ],
  };
}
