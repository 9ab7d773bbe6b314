import { createStaffHttp } from '../staff-http';
import { hubReportsPort } from './hub-reports-port';
import type { ReportQuery } from './reports-port';
import { SAMPLE_REPORT } from './sample-report';

const QUERY: ReportQuery = {
  from: '2026-12-01',
  to: '2026-12-07',
  serviceId: 'tributos',
  windowId: null,
  clerkId: 'clerk1',
  hourFrom: 8,
  hourTo: 13,
};

type Seen = { url: string; headers: Record<string, string> };

/** A fetch that answers every request with `answer` and remembers what it was asked. */
function fakeFetch(answer: () => Response): { fetch: typeof fetch; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetchFn: typeof fetch = async (input, init) => {
    seen.push({ url: String(input), headers: (init?.headers ?? {}) as Record<string, string> });
    return answer();
  };
  return { fetch: fetchFn, seen };
}

describe('the reports port over the hub’s REST API', () => {
  it('asks for the report with the filters and the bearer token', async () => {
    const { fetch, seen } = fakeFetch(() => Response.json(SAMPLE_REPORT));
    const port = hubReportsPort(createStaffHttp('http://hub:3000', 'staff-token', fetch));
    const result = await port.load(QUERY);
    expect(result).toEqual({ ok: true, value: SAMPLE_REPORT });
    expect(seen).toEqual([
      {
        url: 'http://hub:3000/api/v1/reports?from=2026-12-01&to=2026-12-07&serviceId=tributos&clerkId=clerk1&hourFrom=8&hourTo=13',
        headers: expect.objectContaining({ authorization: 'Bearer staff-token' }),
      },
    ]);
  });

  it('gives back the hub’s Spanish refusal, or null when the hub cannot be reached', async () => {
    const refusal = {
      error: { code: 'INVALID_PAYLOAD', message: 'El rango debe tener de 1 a 93 días.' },
    };
    const refused = hubReportsPort(
      createStaffHttp(
        'http://hub',
        't',
        fakeFetch(() => Response.json(refusal, { status: 400 })).fetch,
      ),
    );
    expect(await refused.load(QUERY)).toEqual({ ok: false, error: refusal.error });

    const down = hubReportsPort(
      createStaffHttp('http://hub', 't', async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await down.load(QUERY)).toEqual({ ok: false, error: null });
    expect(await down.downloadCsv(QUERY, 'byService')).toEqual({ ok: false, error: null });
  });

  it('downloads one table as CSV, named as the hub names it', async () => {
    const csv = '\uFEFFservicio,emitidos\r\nOrientación,30\r\n';
    const { fetch, seen } = fakeFetch(
      () => new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } }),
    );
    const port = hubReportsPort(createStaffHttp('http://hub', 'staff-token', fetch));
    const result = await port.downloadCsv(
      { ...QUERY, serviceId: null, clerkId: null },
      'preferential',
    );
    if (!result.ok) throw new Error('expected the CSV');
    expect(result.value.filename).toBe('reporte-preferential-2026-12-01-2026-12-07.csv');
    const bytes = new Uint8Array(await result.value.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(seen[0]?.url).toBe(
      'http://hub/api/v1/reports?from=2026-12-01&to=2026-12-07&hourFrom=8&hourTo=13&format=csv&table=preferential',
    );
    expect(seen[0]?.headers).toEqual({ authorization: 'Bearer staff-token' });
  });
});
