import { z } from 'zod';
import { CommitmentQuery } from '../../../contracts/commitment';
import { LIMITS } from '../../../contracts/limits';
import { EXPORT_COLUMNS, type SheetRow, toRow } from '../../../core/commitments/columns';
import { importCommitments } from '../../../core/commitments/import-commitments';
import { listCommitments } from '../../../core/commitments/list-commitments';
import { AppError } from '../../../core/errors';
import { parseCsv, parseXlsx, writeCsv, writeXlsx } from '../../../platform/sheets';
import type { AppContext } from '../../context';
import type { App } from '../types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['commitments'];

export function commitmentTransferRoutes(app: App, ctx: AppContext) {
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: LIMITS.importBytes },
    (_req, body, done) => done(null, body),
  );
  app.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: LIMITS.importBytes }, (_req, body, done) =>
    done(null, body),
  );

  app.get('/api/commitments/export', {
    schema: {
      tags,
      summary:
        'Export what you may read as CSV or XLSX (same filters as the list); columns in docs/columns.md',
      querystring: CommitmentQuery.omit({ page: true, pageSize: true }).extend({
        format: z.enum(['csv', 'xlsx']).default('csv'),
      }),
    },
    handler: async (req, reply) => {
      const { format, ...filters } = req.query;
      const { items } = await listCommitments(
        { query: { ...filters, page: 1, pageSize: LIMITS.importRows }, actor: req.actor },
        ctx.store,
      );
      const rows = items.map(toRow);
      const name = `guarantor-commitments-${ctx.clock.now().toISOString().slice(0, 10)}`;
      if (format === 'xlsx') {
        const buf = await writeXlsx(rows, EXPORT_COLUMNS, {
          title: 'Guarantor commitment register',
          note: `Exported ${ctx.clock.now().toISOString()}`,
        });
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(buf);
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`)
        .send(writeCsv(rows, EXPORT_COLUMNS));
    },
  });

  app.post('/api/commitments/import', {
    bodyLimit: LIMITS.importBytes,
    schema: { tags, summary: 'Import commitments from CSV (text/csv) or XLSX; all rows or none' },
    handler: async (req) => {
      const ct = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
      let rows: SheetRow[];
      if (ct === 'text/csv') rows = parseCsv(req.body as string);
      else if (ct === XLSX) rows = await parseXlsx(req.body as Buffer);
      else
        throw new AppError('unsupported_media_type', `send text/csv or ${XLSX}`, [
          { path: 'content-type', message: ct || 'missing' },
        ]);
      return importCommitments({ rows, actor: req.actor }, ctx);
    },
  });
}
