import type { ReportView } from '@cac/shared/protocol';
import { useMemo } from 'react';
import type { StaffHttp } from '../staff-http';
import { useStaffHttp } from '../staff-http';
import type { ReportsPort } from './reports-port';
import { csvFilename, reportPath } from './reports-port';

/**
 * The reports port over the staff member's REST access. The body is taken as the agreed
 * {@link ReportView} contract without re-validating it: the hub that serves this app wrote it.
 */
export function hubReportsPort(http: StaffHttp): ReportsPort {
  return {
    async load(query) {
      const result = await http.get(reportPath(query));
      if (!result.ok) return result;
      return { ok: true, value: result.value as ReportView };
    },
    async downloadCsv(query, table) {
      const result = await http.download(reportPath(query, { table }));
      if (!result.ok) return result;
      return { ok: true, value: { blob: result.value, filename: csvFilename(query, table) } };
    },
  };
}

/** {@link hubReportsPort} over the session's {@link StaffHttp}, the same while it is. */
export function useHubReportsPort(): ReportsPort {
  const http = useStaffHttp();
  return useMemo(() => hubReportsPort(http), [http]);
}
