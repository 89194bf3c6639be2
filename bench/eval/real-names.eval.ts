/**
 * Company names on real data (issue 16): the 2,056 listed companies of
 * ../shared/eval-data/company-names/astock.csv (development half), loaded by their registered
 * names, each resolved by the short name people use. Figures beside plain fuse.js over the raw
 * registered names, the calibration of the match thresholds, and the import check: loading every
 * company by full name and own id must create one enterprise per company.
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { decideEnterpriseLink } from '../../src/ingest/link-enterprise';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { loadEnterpriseNames } from '../../src/ingest/load-enterprise-names';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { NameResolver, RESOLVE_DEFAULTS, type ResolveOptions } from '../../src/text/name-resolver';
import { loadListedCompanies, type ListedCompany } from './astock-names';

export interface NameFigures {
  queries: number;
  /** The right company is the match or the first candidate. */
  top1: number;
  matchShare: number;
  matchPrecision: number;
  /** The right company is the match or among the ambiguous candidates. */
  found: number;
  msPerQuery: number;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function resolveShortNames(companies: ListedCompany[], options: Partial<ResolveOptions> = {}): NameFigures {
  const resolver = new NameResolver(
    companies.map((c) => ({ id: c.id, name: c.fullName })),
    options,
  );
  // warm the JIT on a few queries first, so the time is the steady one a server sees
  for (const company of companies.slice(0, 200)) resolver.resolve({ name: company.shortName });
  let top1 = 0;
  let matches = 0;
  let correct = 0;
  let found = 0;
  const started = performance.now();
  for (const company of companies) {
    const answer = resolver.resolve({ name: company.shortName });
    const first = answer.outcome === 'match' ? answer.id : answer.candidates[0]?.id;
    if (first === company.id) top1++;
    if (answer.outcome === 'match') {
      matches++;
      if (answer.id === company.id) correct++;
    }
    if (
      (answer.outcome === 'match' && answer.id === company.id) ||
      (answer.outcome === 'ambiguous' && answer.candidates.some((c) => c.id === company.id))
    )
      found++;
  }
  const n = companies.length;
  return {
    queries: n,
    top1: top1 / n,
    matchShare: matches / n,
    matchPrecision: correct / Math.max(1, matches),
    found: found / n,
    msPerQuery: (performance.now() - started) / n,
  };
}

/** Plain fuse.js over the raw registered names: its first hit is its answer, so every answer is a "match". */
export function plainFuse(companies: ListedCompany[]): NameFigures {
  const fuse = new Fuse(companies, { keys: ['fullName'], includeScore: true });
  let top1 = 0;
  let answered = 0;
  let found = 0;
  const started = performance.now();
  for (const company of companies) {
    const hits = fuse.search(company.shortName, { limit: 5 });
    if (hits[0]) answered++;
    if (hits[0]?.item.id === company.id) top1++;
    if (hits.some((h) => h.item.id === company.id)) found++;
  }
  const n = companies.length;
  return {
    queries: n,
    top1: top1 / n,
    matchShare: answered / n,
    matchPrecision: top1 / Math.max(1, answered),
    found: found / n,
    msPerQuery: (performance.now() - started) / n,
  };
}

/** Loads every listed company by full name and own id, as an import would: how many are created. */
export async function importListedCompanies(companies: ListedCompany[]): Promise<{
  throughImport: { created: number; linked: string[]; held: number };
  byLinkRules: { created: number; linked: string[] };
}> {
  const store = await MemoryGraphStore.open();
  await seedArticles(store);
  const before = await store.countNodes('Enterprise');
  const report = await importBundle(store, {
    format: 'redchain-bundle/1',
    enterprises: companies.map((c) => ({ id: c.id, name: c.fullName })),
  });
  const created = (await store.countNodes('Enterprise')) - before;
  const throughImport = {
    created,
    linked: report.linked.map((l) => `${l.incomingName} → ${l.linkedName}`),
    held: report.review.length,
  };
  // the same rows decided by the link rules (link-enterprise.ts), against the articles' enterprises
  const articles = await MemoryGraphStore.open();
  await seedArticles(articles);
  const resolver = new NameResolver(await loadEnterpriseNames(articles));
  const linked: string[] = [];
  let made = 0;
  for (const c of companies) {
    const decision = decideEnterpriseLink({ name: c.fullName }, resolver.resolve({ name: c.fullName }));
    if (decision.action === 'link') linked.push(`${c.fullName} → ${decision.toName}`);
    if (decision.action === 'create') {
      made++;
      resolver.add({ id: c.id, name: c.fullName });
    }
  }
  return { throughImport, byLinkRules: { created: made, linked } };
}

function figuresRow(name: string, f: NameFigures): string {
  return `| ${name} | ${pct(f.top1)} | ${pct(f.matchShare)} | ${pct(f.matchPrecision)} | ${pct(f.found)} | ${f.msPerQuery.toFixed(3)} ms |`;
}

/** The whole section as markdown; throws EvalDataMissing when ../shared/eval-data is not there. */
export async function evaluateRealNames(): Promise<string> {
  const companies = loadListedCompanies();
  const lines: string[] = [];
  const ours = resolveShortNames(companies);
  const fuse = plainFuse(companies);
  const noPlace = resolveShortNames(companies, { placeAgainst: 0, placeUnshown: 0 });
  const flatMargin = resolveShortNames(companies, { fullLength: 1 });
  const looserFuzzy = resolveShortNames(companies, { fuzzyMatchScore: 0.25 });
  lines.push(
    `### Company short names → registered names (${companies.length} listed companies, astock.csv dev half)`,
    '',
    '| resolver | top-1 | answered match | precision of match | right company shown | per query |',
    '|---|---|---|---|---|---|',
    figuresRow('redchain', ours),
    figuresRow('redchain without place evidence', noPlace),
    figuresRow('redchain, one margin for every query length', flatMargin),
    figuresRow('redchain, misspellings matched up to fuse 0.25', looserFuzzy),
    figuresRow('baseline: plain fuse.js over raw full names (first hit)', fuse),
    '',
    `targets: top-1 ≥ 93%, answered match ≥ 75%, precision of match ≥ 99%, ≤ 1 ms a query.`,
    `thresholds in use: matchScore ${RESOLVE_DEFAULTS.matchScore} (match when alignment score ≥ ${1 - RESOLVE_DEFAULTS.matchScore}), margin ${RESOLVE_DEFAULTS.margin} (× ${RESOLVE_DEFAULTS.fullLength} / length under ${RESOLVE_DEFAULTS.fullLength} characters), fuzzyMatchScore ${RESOLVE_DEFAULTS.fuzzyMatchScore}, candidateScore ${RESOLVE_DEFAULTS.candidateScore}, placeAgainst ${RESOLVE_DEFAULTS.placeAgainst}, placeUnshown ${RESOLVE_DEFAULTS.placeUnshown}`,
    '',
    '| calibration: matchScore (match when score ≥ 1 − this) | margin | fullLength (shorter queries need margin × fullLength / length) | answered match | precision of match |',
    '|---|---|---|---|---|',
  );
  for (const matchScore of [0.2, 0.25, 0.3, 0.35])
    for (const margin of [0.08, 0.12, 0.16, 0.2])
      for (const fullLength of [1, 4]) {
        const f = resolveShortNames(companies, { matchScore, margin, fullLength });
        lines.push(`| ${matchScore} | ${margin} | ${fullLength} | ${pct(f.matchShare)} | ${pct(f.matchPrecision)} |`);
      }
  const load = await importListedCompanies(companies);
  lines.push(
    '',
    `Import of all ${companies.length} by full name and own id into the articles' dataset:`,
    `- through the import as it stands: ${load.throughImport.created} enterprises created, ${load.throughImport.linked.length} linked to an enterprise already there, ${load.throughImport.held} held for review${load.throughImport.linked.length ? ` (${load.throughImport.linked.slice(0, 5).join('; ')}…)` : ''}`,
    `- by the link rules (src/ingest/link-enterprise.ts): ${load.byLinkRules.created} created, ${load.byLinkRules.linked.length} linked${load.byLinkRules.linked.length ? ` (${load.byLinkRules.linked.slice(0, 5).join('; ')})` : ''}`,
    '',
  );
  return lines.join('\n');
}
