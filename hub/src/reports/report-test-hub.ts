import type { ReportView } from '@cac/shared/protocol';
import { connectRole, loginToken, startTestHub } from '../testing';
import type { RoleClient, TestHub } from '../testing';

/**
 * One real hub for a whole file of report tests: the day is scripted once, in `beforeAll`, and the
 * tests only read reports of it (scripting a day per test would be slow and prove nothing more).
 */
export type ReportTestHub = {
  /** Set by `beforeAll`: read it inside the script and the tests. */
  hub: TestHub;
  /** A socket of `namespace` with `token`, closed after the file's tests. */
  connect(namespace: 'kiosk' | 'counter', token: string): Promise<RoleClient>;
  /** `GET /api/v1/reports?{query}` as `user` (the supervisor unless told). */
  get(query: string, user?: string): Promise<Response>;
  /** The report as JSON, failing the test on anything but 200. */
  report(query: string): Promise<ReportView>;
};

/** Starts the hub at `startAt` and plays `script` on it before the file's tests; stops it after. */
export function useReportTestHub(startAt: number, script: () => Promise<void>): ReportTestHub {
  const clients: RoleClient[] = [];
  const session = {
    async connect(namespace, token) {
      const client = await connectRole(session.hub.url, namespace, token);
      clients.push(client);
      return client;
    },
    async get(query, user = 'supervisor') {
      const token = await loginToken(session.hub.url, user);
      return fetch(`${session.hub.url}/api/v1/reports?${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    },
    async report(query) {
      const response = await session.get(query);
      expect(response.status).toBe(200);
      return (await response.json()) as ReportView;
    },
  } as ReportTestHub;
  beforeAll(async () => {
    session.hub = await startTestHub({ startAt });
    await script();
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.close();
    await session.hub.close();
  });
  return session;
}
