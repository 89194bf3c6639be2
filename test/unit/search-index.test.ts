import { SearchIndex } from '../../src/text/search-index';

function indexOf(entries: [string, string, string?][]): SearchIndex {
  const index = new SearchIndex();
  for (const [id, name, text] of entries) index.add({ kind: 'Enterprise', id, names: [name], text: text ?? '' });
  return index;
}

describe('search by name', () => {
  const index = indexOf([
    ['ent-zj-shipyard', '江苏省镇江船厂（集团）有限公司'],
    ['ent-zj-heavy', '镇江赛巨威重工（集团）有限公司'],
    ['ent-zj-steel', '镇江钢铁有限公司'],
    ['ent-zj-marine', '镇江船舶配套有限公司'],
    ['ent-yz-shipyard', '扬州船厂有限公司'],
    ['ent-hb-sanhuan', '湖北三环汽车方向机有限公司'],
    ['ent-midea', '美的集团股份有限公司'],
  ]);
  const ids = (query: string) => index.search(query).map((hit) => hit.id);

  it('when a name with its city is searched, then firms that share only the city are not listed', () => {
    expect(ids('镇江船厂')).toEqual(['ent-zj-shipyard', 'ent-zj-marine', 'ent-yz-shipyard']);
    expect(ids('镇江船厂')).not.toContain('ent-zj-heavy');
    expect(ids('湖北美的')).toEqual(['ent-midea']);
  });

  it('when the city alone is searched, then every firm of the city is listed', () => {
    expect(ids('镇江').sort()).toEqual(['ent-zj-heavy', 'ent-zj-marine', 'ent-zj-shipyard', 'ent-zj-steel']);
  });

  it('when a name without a place is searched, then near spellings are still found', () => {
    expect(ids('船厂')[0]).toBeDefined();
    expect(ids('船厂')).toEqual(expect.arrayContaining(['ent-zj-shipyard', 'ent-yz-shipyard']));
    expect(ids('赛巨威重工')[0]).toBe('ent-zj-heavy');
    expect(ids('镇江赛巨威')[0]).toBe('ent-zj-heavy');
  });
});
