import { z } from 'zod';
import { BUNDLE_SECTIONS, type BundleSection } from '../../ingest/bundle.schema';
import { exportBundle } from '../../ingest/export-bundle';
import { bundleToSheets, sheetsToXlsx, sheetToCsv } from '../../ingest/tabular/write-tabular';
import { AppError } from '../../shared/app-error';
import { route } from '../routing/route';
import { audit } from './audit';

/**
 * The whole graph as a bundle (the same form an import reads back), as JSON, an XLSX workbook
 * (one sheet per kind) or one kind as CSV. It carries party membership and contacts, so it is
 * for the roles that see them, with no region limit.
 */
export const exportRoutes = [
  route({
    method: 'get',
    path: '/export',
    tag: 'jobs',
    summary: 'Export the graph (JSON bundle, XLSX workbook, or one kind as CSV)',
    description:
      'Importing the export into an empty store gives the same graph. Keys limited to a region may not export.',
    allow: ['admin', 'secretary'],
    query: z.object({
      format: z.enum(['json', 'xlsx', 'csv']).default('json'),
      section: z
        .enum(BUNDLE_SECTIONS as [BundleSection, ...BundleSection[]])
        .optional()
        .describe('For csv: which kind (enterprises, people …)'),
    }),
    response: null,
    handle: async (input) => {
      const { query, app, caller, res } = input;
      if (caller.regionId) throw new AppError('forbidden', 'a key limited to a region may not export the whole graph');
      if (query.format === 'csv' && !query.section)
        throw AppError.badInput('query.section', `is needed for csv: one of ${BUNDLE_SECTIONS.join(', ')}`);
      const bundle = await exportBundle(app.store);
      await audit(app, input, 'export', null, null, { format: query.format, section: query.section ?? null });
      const stamp = new Date().toISOString().slice(0, 10);
      if (query.format === 'json') {
        res.attachment(`redchain-${stamp}.json`).json(bundle);
        return undefined;
      }
      const sheets = bundleToSheets(bundle);
      if (query.format === 'xlsx') {
        res
          .attachment(`redchain-${stamp}.xlsx`)
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await sheetsToXlsx(sheets));
        return undefined;
      }
      const sheet = sheets[BUNDLE_SECTIONS.indexOf(query.section!)]!;
      res.attachment(`redchain-${query.section}-${stamp}.csv`).type('text/csv; charset=utf-8').send(sheetToCsv(sheet));
      return undefined;
    },
  }),
];
