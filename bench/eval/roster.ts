/**
 * npm run eval -- roster — 挂链 of a park's roster measured end to end: the generator's fictional
 * roster (seeds/generate/generate-roster.ts) written as the registry's XLSX and imported with
 * `importFile` into a store holding the articles' dataset (the template chains), exactly as
 * `npm run redchain -- import` does. The truth (each company's segment, or none for a company
 * outside every chain) stays with the generator: the import reads only the sheet.
 *
 * Figures: the share of active companies placed without review; the precision of automatic
 * placements (the best placed segment is the company's; and every placed segment is); whether every
 * placement carries evidence; and the same split by how the licence was written (naming a product
 * of the segment, only the chain's general wording, or a business outside every chain).
 *
 * npm run eval -- roster --ablation — what each signal is worth: the same import with a column
 * emptied in the sheet (经营范围, 国民经济行业, 主营产品), or the name replaced by a numbered one that
 * says nothing (the import needs a name), each in turn and each alone.
 */
import { performance } from 'node:perf_hooks';
import { importFile } from '../../src/ingest/import-file.use-case';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { generateRoster, type GeneratedRoster, type RosterRow } from '../../seeds/generate/generate-roster';
import { rosterXlsx } from '../../seeds/generate/write-roster-xlsx';
import { ablationRuns } from './placement';

/** The roster's columns the classifier reads, by signal. */
const SIGNAL_COLUMNS = {
  scope: '经营范围',
  industry: '国民经济行业',
  name: '企业名称',
  products: '主营产品',
} as const satisfies Record<string, keyof RosterRow>;
export type RosterSignal = keyof typeof SIGNAL_COLUMNS;
export const ROSTER_SIGNALS = Object.keys(SIGNAL_COLUMNS) as RosterSignal[];

/** The rows with some signals' columns emptied; a name is replaced, not emptied (every row needs one). */
function withoutColumns(rows: readonly RosterRow[], off: readonly RosterSignal[]): RosterRow[] {
  return rows.map((row, i) => {
    const kept = { ...row };
    for (const signal of off) kept[SIGNAL_COLUMNS[signal]] = signal === 'name' ? `企业${i + 1}有限公司` : '';
    return kept;
  });
}

export interface RosterFigures {
  enterprises: number;
  imported: number;
  inactive: number;
  placed: number;
  queued: number;
  /** Of the companies placed, the share whose best placed segment is theirs. */
  precision: number;
  /** Of every segment placed, the share that is the company's. */
  segmentPrecision: number;
  /** Placements (ties written) without evidence: 0 is the target. */
  withoutEvidence: number;
  byKind: Record<GeneratedRoster['truth'][number]['kind'], { count: number; placed: number; right: number }>;
  seconds: number;
}

export async function evaluateRoster(
  enterprises: number,
  seed?: number,
  off: readonly RosterSignal[] = [],
): Promise<RosterFigures> {
  const store = await MemoryGraphStore.open();
  await seedArticles(store);
  const { rows, truth } = generateRoster({ enterprises, ...(seed !== undefined ? { seed } : {}) });
  const content = await rosterXlsx(withoutColumns(rows, off));
  const started = performance.now();
  const report = await importFile(store, { name: 'roster.xlsx', content });
  const seconds = (performance.now() - started) / 1000;
  const truthById = new Map(truth.map((t) => [`ent-${t.uscc}`, t]));
  const figures: RosterFigures = {
    enterprises,
    imported: report.counts.enterprises?.imported ?? 0,
    inactive: report.rejected.filter((r) => r.field === 'registrationStatus').length,
    placed: 0,
    queued: 0,
    precision: 0,
    segmentPrecision: 0,
    withoutEvidence: 0,
    byKind: {
      product: { count: 0, placed: 0, right: 0 },
      general: { count: 0, placed: 0, right: 0 },
      outside: { count: 0, placed: 0, right: 0 },
    },
    seconds,
  };
  let right = 0;
  let segmentsPlaced = 0;
  let segmentsRight = 0;
  for (const line of report.placements?.enterprises ?? []) {
    const t = truthById.get(line.id);
    if (!t) throw new Error(`eval roster: ${line.id} is not a generated company`);
    const kind = figures.byKind[t.kind];
    kind.count++;
    if (line.decision !== 'placed') {
      figures.queued++;
      continue;
    }
    figures.placed++;
    kind.placed++;
    const best = line.segments[0]!.segmentId;
    if (t.segments.includes(best)) {
      right++;
      kind.right++;
    }
    segmentsPlaced += line.segments.length;
    segmentsRight += line.segments.filter((s) => t.segments.includes(s.segmentId)).length;
  }
  for (const edge of await store.allRelationships('IN_SEGMENT'))
    if (edge.props['placedBy'] === 'classifier' && !((edge.props['evidence'] as string[] | undefined)?.length ?? 0))
      figures.withoutEvidence++;
  figures.precision = right / Math.max(1, figures.placed);
  figures.segmentPrecision = segmentsRight / Math.max(1, segmentsPlaced);
  await store.close();
  return figures;
}

export function rosterMarkdown(all: readonly RosterFigures[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    '| roster (fictional, generated) | imported (inactive reported) | placed without review | precision (best placed segment) | precision (every placed segment) | placements without evidence | import time |',
    '|---|---|---|---|---|---|---|',
    ...all.map(
      (f) =>
        `| ${f.enterprises} companies | ${f.imported} (${f.inactive}) | ${pct(f.placed / Math.max(1, f.placed + f.queued))} | ${pct(f.precision)} | ${pct(f.segmentPrecision)} | ${f.withoutEvidence} | ${f.seconds.toFixed(1)} s |`,
    ),
    '',
    '| by how the licence is written | companies | placed | of those, right |',
    '|---|---|---|---|',
  ];
  for (const f of all)
    for (const [kind, k] of Object.entries(f.byKind))
      lines.push(
        `| ${f.enterprises}: ${kind === 'product' ? 'names a product of its segment' : kind === 'general' ? "only the chain's general wording" : 'outside every chain'} | ${k.count} | ${pct(k.placed / Math.max(1, k.count))} | ${pct(k.right / Math.max(1, k.placed))} |`,
      );
  return lines.join('\n');
}

/** The roster's figures at each size with each signal off in turn, then alone. */
export async function rosterAblationMarkdown(sizes: readonly number[]): Promise<string> {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `| signals | ${sizes.map((n) => `${n}: placed without review | ${n}: precision (best placed) | ${n}: precision (every placed)`).join(' | ')} |`,
    `|---|${sizes.map(() => '---|---|---|').join('')}`,
  ];
  for (const run of ablationRuns(ROSTER_SIGNALS)) {
    const cells: string[] = [];
    for (const n of sizes) {
      const f = await evaluateRoster(n, undefined, run.off);
      cells.push(pct(f.placed / Math.max(1, f.placed + f.queued)), pct(f.precision), pct(f.segmentPrecision));
    }
    lines.push(`| ${run.label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
