import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AdminConfigAnswer, AuditAnswer, SyncSnapshot } from '@cac/shared/protocol';
import { errorOf, useAdminHub } from '../../admin/admin-test-api';
import { connectRole, loginToken } from '../../testing/role-client';

const session = useAdminHub();

const officeFile = () => readFile(path.join(session.hub.dataDir, 'office.json'), 'utf8');

function save(section: string, revision: string, value: unknown) {
  return session.api.call('PUT', `/admin/config/${section}`, {
    token: session.admin,
    body: { revision, value },
  });
}

describe('PUT /api/v1/admin/config/{section}', () => {
  it('renames a service live: the kiosk gets a fresh snapshot, /services shows it, the audit keeps it', async () => {
    const kiosk = await connectRole(session.hub.url, 'kiosk', 'demo-kiosk-key');
    const socketId = kiosk.socket.id;
    const { revision, config } = await session.api.config(session.admin);
    const before = config.services[0]?.name;
    const services = config.services.map((s, i) =>
      i === 0 ? { ...s, name: 'Registro Civil y Actas' } : s,
    );
    const fresh = new Promise<SyncSnapshot>((resolve) =>
      kiosk.socket.once('sync:snapshot', resolve),
    );

    const saved = await save('services', revision, services);

    expect(saved.status).toBe(200);
    const answer = saved.body as unknown as AdminConfigAnswer;
    expect(answer.revision).not.toBe(revision);
    expect(answer.config.services[0]?.name).toBe('Registro Civil y Actas');
    expect((await fresh).office.services[0]?.name).toBe('Registro Civil y Actas');
    expect(kiosk.socket.connected && kiosk.socket.id === socketId).toBe(true);
    const listed = await session.api.call('GET', '/services');
    expect(JSON.stringify(listed.body)).toContain('Registro Civil y Actas');
    expect(JSON.parse(await officeFile()).services[0].name).toBe('Registro Civil y Actas');

    const audit = await session.api.call('GET', '/admin/audit', { token: session.admin });
    const [entry] = (audit.body as unknown as AuditAnswer).entries;
    expect(entry).toMatchObject({
      userId: 'admin',
      action: 'config.save',
      target: 'services',
      before: expect.arrayContaining([expect.objectContaining({ name: before })]),
      after: expect.arrayContaining([expect.objectContaining({ name: 'Registro Civil y Actas' })]),
    });
    expect(entry?.userName).not.toBe('admin');
    expect(Math.abs((entry?.at ?? 0) - session.hub.context.now())).toBeLessThan(5000);
    kiosk.close();
  });

  it('saves the general section and the announcements; GET answers the revision it saved', async () => {
    const { revision, config } = await session.api.config(session.admin);
    const general = {
      office: config.office,
      hours: { text: 'Lunes a viernes de 08:00 a 16:00' },
      dayCloseTime: config.dayCloseTime,
      noShowMinSeconds: 45,
      ticketFooter: config.ticketFooter,
    };
    const saved = await save('general', revision, general);
    expect(saved.status).toBe(200);
    const next = await session.api.config(session.admin);
    expect(next.revision).toBe((saved.body as unknown as AdminConfigAnswer).revision);
    expect(next.config).toMatchObject({ noShowMinSeconds: 45, hours: general.hours });
    const ann = await save('announcements', next.revision, ['Hoy atendemos hasta las 16:00.']);
    expect(ann.status).toBe(200);
    expect(session.hub.context.config().announcements).toEqual(['Hoy atendemos hasta las 16:00.']);
    const unknownKey = await save('general', (ann.body as unknown as AdminConfigAnswer).revision, {
      ...general,
      horario: 'x',
    });
    expect(unknownKey.status).toBe(400);
    expect(errorOf(unknownKey).message).toContain('Clave desconocida en la sección general');
  });

  it('refuses a stale revision with CONFIG_CHANGED and changes nothing', async () => {
    const first = await session.api.config(session.admin);
    expect((await save('announcements', first.revision, ['Aviso uno.'])).status).toBe(200);
    const file = await officeFile();
    const audits = session.hub.context.ledger.configAudit.count();

    const stale = await save('announcements', first.revision, ['Aviso dos.']);

    expect(stale.status).toBe(409);
    expect(errorOf(stale)).toMatchObject({
      code: 'CONFIG_CHANGED',
      message: expect.stringContaining('Otra persona cambió la configuración'),
    });
    expect(await officeFile()).toBe(file);
    expect(session.hub.context.ledger.configAudit.count()).toBe(audits);
  });

  it('refuses invalid values with Spanish issues and leaves the file, the audit and the faces alone', async () => {
    const display = await connectRole(session.hub.url, 'display', 'demo-display-key');
    let snapshots = 0;
    display.socket.on('sync:snapshot', () => (snapshots += 1));
    const { revision, config } = await session.api.config(session.admin);
    const file = await officeFile();
    const withPrefix = (index: number, prefix: string) =>
      config.services.map((s, i) => (i === index ? { ...s, prefix } : s));
    const cases = [
      { section: 'services', value: withPrefix(0, 'r1'), issue: 'services[0].prefix: El prefijo' },
      {
        section: 'services',
        value: withPrefix(1, 'R'),
        issue: 'services[1].prefix: El prefijo "R" ya lo usa',
      },
      {
        section: 'windows',
        value: config.windows.map((w, i) => (i === 0 ? { ...w, serviceIds: ['no-existe'] } : w)),
        issue: 'menciona el servicio "no-existe", que no existe',
      },
      { section: 'uitTable', value: { '26': 1 }, issue: 'cuatro cifras' },
      { section: 'holidays', value: ['2026-02-30'], issue: 'fecha real' },
      { section: 'services', value: null, issue: 'services' },
    ];
    for (const { section, value, issue } of cases) {
      const refused = await save(section, revision, value);
      expect(refused.status, section).toBe(400);
      const error = errorOf(refused);
      expect(error.code).toBe('INVALID_PAYLOAD');
      expect(error.message).toMatch(/no es válida/);
      expect((error.details as { issues: string[] }).issues.join('\n')).toContain(issue);
    }
    expect(await officeFile()).toBe(file);
    expect(session.hub.context.ledger.configAudit.count()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(snapshots).toBe(0);
    display.close();
  });

  it('answers an unknown section with a Spanish 404', async () => {
    const { revision } = await session.api.config(session.admin);
    const answer = await save('ventanas', revision, []);
    expect(answer.status).toBe(404);
    expect(errorOf(answer)).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('No existe la sección de configuración «ventanas»'),
    });
  });

  it('refuses to remove a service with tickets today (SERVICE_IN_USE)', async () => {
    const take = await session.api.call('POST', '/tickets', {
      token: 'demo-kiosk-key',
      body: { serviceId: 'licencias' },
    });
    expect(take.status).toBe(201);
    const { revision, config } = await session.api.config(session.admin);
    const refused = await save(
      'services',
      revision,
      config.services.filter((s) => s.id !== 'licencias'),
    );
    expect(refused.status).toBe(409);
    expect(errorOf(refused)).toMatchObject({
      code: 'SERVICE_IN_USE',
      message: expect.stringMatching(/Licencias.*1 ticket .*Desactívelo/),
    });
    expect(session.hub.context.config().services.some((s) => s.id === 'licencias')).toBe(true);
  });

  it('refuses to remove an open window (WINDOW_IN_USE), allows it once closed', async () => {
    const clerk = await loginToken(session.hub.url, 'clerk6');
    expect(
      (await session.api.call('POST', '/windows/ventanilla-6/open', { token: clerk, body: {} }))
        .status,
    ).toBe(200);
    const { revision, config } = await session.api.config(session.admin);
    const without = config.windows.filter((w) => w.id !== 'ventanilla-6');
    const refused = await save('windows', revision, without);
    expect(refused.status).toBe(409);
    expect(errorOf(refused)).toMatchObject({
      code: 'WINDOW_IN_USE',
      message: expect.stringContaining('«Ventanilla 6»'),
    });
    expect(
      (await session.api.call('POST', '/windows/ventanilla-6/close', { token: clerk, body: {} }))
        .status,
    ).toBe(200);
    expect((await save('windows', revision, without)).status).toBe(200);
  });

  it("lets a busy window lose its ticket's service without stranding the ticket", async () => {
    const clerk = await loginToken(session.hub.url, 'clerk5');
    await session.api.call('POST', '/windows/ventanilla-5/open', { token: clerk, body: {} });
    await session.api.call('POST', '/tickets', {
      token: 'demo-kiosk-key',
      body: { serviceId: 'tributos' },
    });
    const called = await session.api.call('POST', '/windows/ventanilla-5/call-next', {
      token: clerk,
      body: {},
    });
    const ticketId = (called.body['ticket'] as { id: string }).id;
    expect(
      (await session.api.call('POST', `/tickets/${ticketId}/start`, { token: clerk })).status,
    ).toBe(200);
    const { revision, config } = await session.api.config(session.admin);
    const windows = config.windows.map((w) =>
      w.id === 'ventanilla-5' ? { ...w, serviceIds: ['orientacion'] } : w,
    );
    expect((await save('windows', revision, windows)).status).toBe(200);
    const outcome = config.services.find((s) => s.id === 'tributos')?.outcomes[0]?.code;
    const finished = await session.api.call('POST', `/tickets/${ticketId}/finish`, {
      token: clerk,
      body: { outcome },
    });
    expect(finished.status).toBe(200);
  });
});

describe('admin endpoints: who may call them and what they accept', () => {
  const endpoints: [string, string][] = [
    ['GET', '/admin/config'],
    ['PUT', '/admin/config/services'],
    ['POST', '/admin/users'],
    ['PATCH', '/admin/users/clerk1'],
    ['POST', '/admin/users/clerk1/pin'],
    ['POST', '/admin/devices'],
    ['POST', '/admin/devices/display-1/key'],
    ['PATCH', '/admin/devices/display-1'],
    ['DELETE', '/admin/devices/display-1'],
    ['GET', '/admin/audit'],
  ];

  it('answers 401 without a token, 403 to clerks, supervisors and devices', async () => {
    const tokens = [
      await loginToken(session.hub.url, 'clerk1'),
      await loginToken(session.hub.url, 'supervisor'),
      'demo-kiosk-key',
    ];
    for (const [method, path] of endpoints) {
      expect((await session.api.call(method, path, { body: {} })).status, path).toBe(401);
      for (const token of tokens) {
        const answer = await session.api.call(method, path, { token, body: {} });
        expect(answer.status, `${method} ${path}`).toBe(403);
        expect(errorOf(answer).code).toBe('FORBIDDEN');
      }
    }
    expect(session.hub.context.config().devices.some((d) => d.id === 'display-1')).toBe(true);
  });

  it('refuses null, lists, wrong types and unknown keys with Spanish 400s, never a 500', async () => {
    const bodies: unknown[] = [null, [], 'texto', 42, { revision: 7 }, { nope: true }];
    const writes = endpoints.filter(
      ([method, path]) => method !== 'GET' && method !== 'DELETE' && !path.endsWith('/key'),
    );
    for (const [method, path] of writes) {
      for (const body of bodies) {
        const answer = await session.api.call(method, path, { token: session.admin, body });
        expect(answer.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
        expect(errorOf(answer)).toMatchObject({
          code: 'INVALID_PAYLOAD',
          message: expect.stringMatching(/^Los datos enviados no son válidos/),
        });
      }
    }
    const badAudit = await session.api.call('GET', '/admin/audit?limit=0', {
      token: session.admin,
    });
    expect(badAudit.status).toBe(400);
    expect(errorOf(badAudit).message).toContain('entre 1 y 200');
    // A section may be far bigger than a command (a procedure catalog), but not without limit.
    const huge = await session.api.call('PUT', '/admin/config/announcements', {
      token: session.admin,
      body: { revision: 'x', value: ['a'.repeat(513 * 1024)] },
    });
    expect(huge.status).toBe(413);
    expect(errorOf(huge)).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('demasiado grandes'),
    });
    const broken = await session.api.call('POST', '/admin/users', {
      token: session.admin,
      raw: '{"username":',
    });
    expect(broken.status).toBe(400);
  });

  it('documents every admin endpoint in /api/v1/openapi.json', async () => {
    const doc = await session.api.call('GET', '/openapi.json');
    const paths = doc.body['paths'] as Record<string, Record<string, unknown>>;
    for (const [method, path] of endpoints) {
      const templated = path
        .replace(/\/(clerk1|display-1)(?=\/|$)/, '/{id}')
        .replace('/config/services', '/config/{section}');
      expect(paths[templated]?.[method.toLowerCase()], `${method} ${templated}`).toBeDefined();
    }
  });
});
