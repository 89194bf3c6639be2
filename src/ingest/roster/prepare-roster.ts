import type { GraphStore } from '../../store/graph-store';
import { readSegmentCatalogue } from '../../use-cases/placement/segment-catalogue';
import { RegionFinder, type RegionEntry, type RegionMatch } from './region-finder';
import { rosterEnterpriseId } from './roster-ids';

type Rec = Record<string, unknown>;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A park's roster made into records the import reads, before any record is validated: an
 * enterprise without an id gets one (roster-ids.ts); its region, when not an id, is found by
 * name, alias or code, else in its address (住所), else from its USCC's division code; segments
 * named by name rather than id are found by name when one segment has it. Anything not found is
 * left as written, so the import's own check reports it as before. The bundle given is not
 * changed: the answer is a copy, with notes for the report.
 */
export async function prepareRoster(store: GraphStore, given: Rec): Promise<{ bundle: Rec; notes: string[] }> {
  if (!Array.isArray(given['enterprises']) || given['enterprises'].length === 0) return { bundle: given, notes: [] };
  const enterprises = (given['enterprises'] as unknown[]).map((r) => (isRecord(r) ? { ...r } : r));
  const bundle = { ...given, enterprises };
  const notes: string[] = [];
  const regions = new RegionFinder([...bundleRegions(bundle), ...(await graphRegions(store))]);
  const segmentNames = await segmentsByName(store, bundle);
  enterprises.forEach((record, index) => {
    if (!isRecord(record)) return;
    const at = `enterprises[${index}]`;
    if (record['id'] === undefined || record['id'] === '') {
      const id = rosterEnterpriseId(record);
      if (id) record['id'] = id;
    }
    const match = regionOf(regions, record);
    if (match && 'id' in match) {
      record['regionId'] = match.id;
      if (match.by === 'uscc') notes.push(`${at}: located in ${match.id} by its USCC's division code ${match.text}`);
    } else if (match) {
      notes.push(
        `${at}: 「${match.text}」 names several regions (${match.ambiguous.join(', ')}); give the region's id or code`,
      );
    }
    if (Array.isArray(record['segments']))
      record['segments'] = (record['segments'] as unknown[]).map((s) => {
        const text = String(s);
        const named = segmentNames.get(text);
        return named && named.length === 1 && !segmentNames.get(`id:${text}`) ? named[0]! : s;
      });
  });
  return { bundle, notes };
}

function regionOf(regions: RegionFinder, record: Rec): RegionMatch | undefined {
  const given = record['regionId'];
  if (typeof given === 'string' && given.trim() !== '') return regions.has(given) ? undefined : regions.named(given);
  if (typeof record['address'] === 'string') {
    const inAddress = regions.inAddress(record['address']);
    if (inAddress) return inAddress;
  }
  return typeof record['uscc'] === 'string' ? regions.ofUscc(record['uscc']) : undefined;
}

function bundleRegions(bundle: Rec): RegionEntry[] {
  const list = Array.isArray(bundle['regions']) ? (bundle['regions'] as unknown[]) : [];
  return list.filter(isRecord).flatMap((r) =>
    typeof r['id'] === 'string' && typeof r['name'] === 'string'
      ? [
          {
            id: r['id'],
            name: r['name'],
            aliases: strings(r['aliases']),
            ...(typeof r['code'] === 'string' ? { code: r['code'] } : {}),
            ...(typeof r['level'] === 'string' ? { level: r['level'] } : {}),
          },
        ]
      : [],
  );
}

async function graphRegions(store: GraphStore): Promise<RegionEntry[]> {
  const out: RegionEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listNodes('Region', { limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const node of page.items)
      out.push({
        id: node.id,
        name: String(node.props['name'] ?? node.id),
        aliases: strings(node.props['aliases']),
        ...(typeof node.props['code'] === 'string' ? { code: node.props['code'] } : {}),
        ...(typeof node.props['level'] === 'string' ? { level: node.props['level'] } : {}),
      });
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** Segment ids by name (and `id:<id>` for every id, so that an id is never read as a name). */
async function segmentsByName(store: GraphStore, bundle: Rec): Promise<Map<string, string[]>> {
  const byName = new Map<string, string[]>();
  const add = (id: string, name: string) => {
    byName.set(`id:${id}`, [id]);
    const list = byName.get(name) ?? [];
    if (!list.includes(id)) list.push(id);
    byName.set(name, list);
  };
  const list = Array.isArray(bundle['segments']) ? (bundle['segments'] as unknown[]) : [];
  for (const s of list.filter(isRecord)) if (typeof s['id'] === 'string') add(s['id'], String(s['name'] ?? ''));
  for (const s of await readSegmentCatalogue(store)) add(s.id, s.name);
  return byName;
}
