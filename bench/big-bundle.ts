import { createWriteStream } from 'node:fs';
import { mulberry32 } from './bench-data';

/**
 * A redchain-bundle/1 file of about `mib` MiB, written record by record (the writer never holds
 * the bundle): 300 parks, 40 chains of 50 segments, then enterprises with a paragraph of text each
 * and one supply tie apiece, until the size is reached. For the benchmark of a bundle too large to
 * parse whole: what it measures is the import's memory against the file's size.
 */
export async function writeBigBundle(
  file: string,
  mib: number,
  seed = 20261203,
): Promise<{ enterprises: number; bytes: number }> {
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const stream = createWriteStream(file);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  };
  const section = async (name: string, count: number, record: (i: number) => unknown, last = false) => {
    await write(`"${name}":[`);
    for (let i = 0; i < count; i++) await write(`${i > 0 ? ',\n' : '\n'}${JSON.stringify(record(i))}`);
    await write(`]${last ? '' : ','}\n`);
  };
  const words = ['精密', '铸造', '新能源', '智能', '装备', '材料', '电子', '模具', '检测', '物流', '化工', '纺织'];
  const text = (n: number) => Array.from({ length: n }, () => words[pick(words.length)]).join('');
  // trade names of three characters drawn from 400: distinct enough that resolution is not all ties
  const tradeName = () => Array.from({ length: 3 }, () => String.fromCodePoint(0x4e00 + 37 * pick(400))).join('');
  await write('{"format":"redchain-bundle/1",\n');
  await section('regions', 300, (i) => ({ id: `big-park-${i}`, name: `大园区${i}`, level: 'park' }));
  await section('chains', 40, (i) => ({ id: `big-chain-${i}`, name: `大链${i}` }));
  await section('segments', 2000, (i) => ({
    id: `big-seg-${i}`,
    name: `大环节${i}`,
    chainId: `big-chain-${i % 40}`,
    stage: (['upstream', 'midstream', 'downstream'] as const)[i % 3],
  }));
  // an enterprise and its supply tie take about 800 bytes: the count that reaches the size
  const enterprises = Math.max(1000, Math.floor((mib * 2 ** 20) / 800));
  await section('enterprises', enterprises, (i) => ({
    id: `big-ent-${i}`,
    name: `${tradeName()}${i.toString(36)}${text(1)}有限公司`,
    regionId: `big-park-${pick(300)}`,
    segments: [`big-seg-${pick(2000)}`],
    products: [text(3), text(3)],
    description: text(80),
  }));
  await section(
    'supplies',
    enterprises,
    (i) => ({ from: `big-ent-${i}`, to: `big-ent-${(i + 1 + pick(enterprises - 1)) % enterprises}`, source: 'bench' }),
    true,
  );
  await write('}\n');
  await new Promise<void>((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return { enterprises, bytes };
}
