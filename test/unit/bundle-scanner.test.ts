import { outlineBundle } from '../../src/ingest/bundle-outline';
import { bundleEvents, type BundleEvent } from '../../src/ingest/bundle-records';

/** The text in pieces of `size` bytes, as a file stream gives it (pieces may split a character). */
async function* pieces(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

const BUNDLE = JSON.stringify(
  {
    format: 'redchain-bundle/1',
    regions: [{ id: 'r1', name: '咸宁市', level: 'city' }],
    enterprises: [
      { id: 'e1', name: '湖北“引号”企业\\有限公司', tags: [], n: 1.5e3 },
      { id: 'e2', name: '镇江船厂', lat: -3, ok: true, none: null },
    ],
    note: { nested: [1, [2, { x: '}' }]] },
    empty: [],
  },
  null,
  1,
);

describe('the streamed bundle scanner', () => {
  test.each([1, 3, 7, 4096])(
    'when a bundle is read in pieces of %i bytes, then the outline counts each section and the records parse whole',
    async (size) => {
      const outline = await outlineBundle(pieces(BUNDLE, size));
      expect(outline).toEqual({
        format: 'redchain-bundle/1',
        members: [
          { key: 'format', records: null },
          { key: 'regions', records: 1 },
          { key: 'enterprises', records: 2 },
          { key: 'note', records: null },
          { key: 'empty', records: 0 },
        ],
      });
      const events: BundleEvent[] = [];
      for await (const event of bundleEvents(pieces(BUNDLE, size))) events.push(event);
      const parsed = JSON.parse(BUNDLE) as Record<string, unknown[]>;
      expect(events).toEqual([
        { kind: 'value', key: 'format', value: 'redchain-bundle/1' },
        { kind: 'record', key: 'regions', index: 0, value: parsed['regions']![0] },
        { kind: 'end', key: 'regions' },
        { kind: 'record', key: 'enterprises', index: 0, value: parsed['enterprises']![0] },
        { kind: 'record', key: 'enterprises', index: 1, value: parsed['enterprises']![1] },
        { kind: 'end', key: 'enterprises' },
        { kind: 'value', key: 'note', value: parsed['note'] },
        { kind: 'end', key: 'empty' },
      ]);
    },
  );

  test('when the format is not a string, then the outline says what it is', async () => {
    const formatOf = async (text: string) => (await outlineBundle(pieces(text, 5))).format;
    expect(await formatOf('{"format": {"v": 1}}')).toBe('(an object)');
    expect(await formatOf('{"format": [1, 2]}')).toBe('(an array)');
    expect(await formatOf('{"format": 2}')).toBe(2);
    expect(await formatOf('{"regions": []}')).toBeUndefined();
  });

  test.each([
    ['[1, 2]', 'must be a JSON object'],
    // brackets are counted, not paired: the extra ']' closes the object early
    ['{"regions": [1, 2]]}', 'text after the closing brace'],
    ['{"regions": []} x', 'text after the closing brace'],
    ['{"regions": [{"id": "r1"', 'the file ends inside a value'],
    ['{"format": "redchain', 'the file ends inside a value'],
  ])('when a file is %s, then both passes refuse it: %s', async (text, message) => {
    await expect(outlineBundle(pieces(text, 4))).rejects.toThrow(message);
    const read = async () => {
      for await (const _event of bundleEvents(pieces(text, 4))) void _event;
    };
    await expect(read()).rejects.toThrow(message);
  });
});
