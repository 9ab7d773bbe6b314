import { Router } from 'express';
import type { HubContext } from '../../hub-context';
import { invalidPayload } from '../../errors/app-errors';
import { toCsv } from '../../csv/csv';
import { makeReport } from '../../reports/make-report';
import { parseReportQuery } from '../../reports/report-query';
import { reportTable } from '../../reports/report-tables';
import { requireRole } from '../bearer';
import { sendError } from '../http-errors';

/**
 * `GET /reports?from&to[&serviceId&windowId&clerkId&hourFrom&hourTo][&format=csv&table=…]`: the
 * supervisors' report (issue 7) as JSON (`ReportView`), or one of its tables as a CSV file that
 * Excel opens with its accents (BOM, CRLF, Spanish headers).
 */
export function reportRoutes(ctx: HubContext): Router {
  const router = Router();
  router.get('/reports', requireRole(ctx.auth, ['supervisor', 'admin']), (req, res) => {
    const parsed = parseReportQuery(req.query);
    if (!parsed.success) return sendError(res, invalidPayload(parsed.error));
    const { filters, format, table } = parsed.data;
    const view = makeReport(ctx, filters);
    if (format === 'json') {
      res.json(view);
      return;
    }
    const csv = reportTable(view, table, ctx.rules().timeZone);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`reporte-${table}-${filters.from}-${filters.to}.csv`)
      .send(toCsv([csv.headers, ...csv.rows]));
  });
  return router;
}
