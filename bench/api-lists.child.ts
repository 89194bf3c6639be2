/**
 * tsx bench/api-lists.child.ts <bolt-uri> <enterprises> <problems>: computes the partner lists of
 * a sample of the province's enterprises and the candidate lists of a sample of its problems with
 * the engines, and stores them as a run — what the API benchmark then reads. Prints the ids.
 */
import { randomUUID } from 'node:crypto';
import { LISTS_PER_WRITE } from '../src/jobs/processors/write-results';
import { partnerSet, tacklingSets } from '../src/jobs/result-sets';
import { partnersForAll } from '../src/match/partners/find-partners';
import { tacklingIndexOf } from '../src/match/tackling/tackling-index';
import { projectScope } from '../src/projection/project-scope';
import { idsOfKind } from '../src/projection/projected-graph';
import { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import { Prng } from '../seeds/generate/prng';

async function main(): Promise<void> {
  const [uri, enterprises, problems] = process.argv.slice(2) as [string, string, string];
  const store = await Neo4jGraphStore.open({ uri, user: 'neo4j', password: 'local', database: 'neo4j' });
  try {
    const graph = await projectScope(store, {});
    const random = new Prng(30);
    const enterpriseIds = random.sample(idsOfKind(graph, 'Enterprise').sort(), Number(enterprises));
    const problemIds = random.sample(idsOfKind(graph, 'Problem').sort(), Number(problems));
    const sets = [...partnersForAll(graph, { enterpriseIds })].map((r) => partnerSet(r, graph));
    const index = tacklingIndexOf(graph);
    sets.push(...problemIds.flatMap((id) => tacklingSets(index.rank(id), graph)));
    const computedAt = new Date().toISOString();
    const runId = randomUUID();
    // stored as the workers store them: one record per list, LISTS_PER_WRITE lists per transaction
    for (let at = 0; at < sets.length; at += LISTS_PER_WRITE)
      await store.writeCandidateRun({ runId, computedAt, sets: sets.slice(at, at + LISTS_PER_WRITE) });
    process.stdout.write(`${JSON.stringify({ enterpriseIds, problemIds, sets: sets.length })}\n`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
