import { NODE_KINDS } from '../domain';
import { importBundle } from '../ingest/import-bundle.use-case';
import type { ImportReport } from '../ingest/import-report';
import { seedArticles } from '../ingest/seed-articles.use-case';
import { seedDemo } from '../ingest/seed-demo.use-case';
import { AppError } from '../shared/app-error';
import { generateProvince } from '../../seeds/generate/generate-province';
import { markedSynthetic } from '../../seeds/generate/mark-synthetic';
import type { CommandContext } from './command-context';
import { printReport } from './import.command';
import { progressReporter } from './progress';

export interface SeedOptions {
  articles: boolean;
  demo: boolean;
  synthetic?: number;
  /** With --demo: how many enterprises are generated around the articles' own. */
  enterprises?: number;
  seed?: number;
}

export async function seedCommand(ctx: CommandContext, options: SeedOptions): Promise<void> {
  const chosen = [options.articles, options.demo, options.synthetic !== undefined].filter(Boolean).length;
  if (chosen !== 1) throw AppError.badInput('seed', 'say what to load: --articles, --demo or --synthetic N');
  if (options.enterprises !== undefined && !options.demo)
    throw AppError.badInput('enterprises', '--enterprises goes with --demo');
  const started = Date.now();
  const progress = progressReporter('seed');
  const report = await load(ctx, options, progress.onProgress);
  progress.stop();
  printReport(ctx, report);
  const counts = await Promise.all(NODE_KINDS.map(async (kind) => `${kind} ${await ctx.store.countNodes(kind)}`));
  ctx.out(`in the graph now: ${counts.join(', ')}`);
  ctx.note(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function load(
  ctx: CommandContext,
  options: SeedOptions,
  onProgress: (done: number, total: number) => void,
): Promise<ImportReport> {
  if (options.articles) return (await seedArticles(ctx.store, onProgress)).report;
  if (options.demo)
    return (
      await seedDemo(ctx.store, {
        onProgress,
        ...(options.enterprises !== undefined ? { enterprises: options.enterprises } : {}),
      })
    ).report;
  const { bundle } = generateProvince({
    enterprises: options.synthetic as number,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  return importBundle(ctx.store, markedSynthetic(bundle), { onProgress });
}
