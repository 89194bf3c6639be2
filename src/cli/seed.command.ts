import { NODE_KINDS } from '../domain';
import { importBundle } from '../ingest/import-bundle.use-case';
import { seedArticles } from '../ingest/seed-articles.use-case';
import { AppError } from '../shared/app-error';
import { generateProvince } from '../../seeds/generate/generate-province';
import type { CommandContext } from './command-context';
import { printReport } from './import.command';
import { progressReporter } from './progress';

export async function seedCommand(
  ctx: CommandContext,
  options: { articles: boolean; synthetic?: number; seed?: number },
): Promise<void> {
  if (options.articles === (options.synthetic !== undefined))
    throw AppError.badInput('seed', 'say what to load: --articles or --synthetic N');
  const progress = progressReporter('seed');
  if (options.articles) {
    const { report } = await seedArticles(ctx.store, progress.onProgress);
    progress.stop();
    printReport(ctx, report);
  } else {
    const { bundle } = generateProvince({
      enterprises: options.synthetic as number,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
    });
    const report = await importBundle(ctx.store, bundle, { onProgress: progress.onProgress });
    progress.stop();
    printReport(ctx, report);
  }
  const counts = await Promise.all(NODE_KINDS.map(async (kind) => `${kind} ${await ctx.store.countNodes(kind)}`));
  ctx.out(`in the graph now: ${counts.join(', ')}`);
}
