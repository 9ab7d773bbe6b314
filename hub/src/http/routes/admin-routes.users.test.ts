import type { AdminConfigAnswer, AuditAnswer } from '@cac/shared/protocol';
import { apiClient, errorOf } from '../../admin/admin-test-api';
import { connectRole, loginToken } from '../../testing/role-client';
import { startTestHub } from '../../testing/start-test-hub';
import type { TestHub } from '../../testing/start-test-hub';

let hub: TestHub;
let api: ReturnType<typeof apiClient>;
let admin: string;

beforeEach(async () => {
  hub = await startTestHub();
  api = apiClient(hub.url);
  admin = await loginToken(hub.url, 'admin');
});

afterEach(async () => {
  await hub.close();
});

const login = (username: string, pin: string) =>
  api.call('POST', '/auth/login', { body: { username, pin } });

describe('users', () => {
  it('creates a user who can log in; the answer and the audit carry no PIN hash', async () => {
    const created = await api.call('POST', '/admin/users', {
      token: admin,
      body: { username: 'maria-quispe', name: 'María Quispe Huamán', role: 'clerk', pin: '4826' },
    });
    expect(created.status).toBe(201);
    const answer = created.body as unknown as AdminConfigAnswer;
    expect(answer.config.users.find((u) => u.id === 'maria-quispe')).toEqual({
      id: 'maria-quispe',
      username: 'maria-quispe',
      name: 'María Quispe Huamán',
      role: 'clerk',
      active: true,
    });
    expect(JSON.stringify(created.body)).not.toMatch(/scrypt|sha256/);
    const loggedIn = await login('maria-quispe', '4826');
    expect(loggedIn.status).toBe(200);
    expect(loggedIn.body['user']).toMatchObject({ id: 'maria-quispe', role: 'clerk' });
    const audit = await api.call('GET', '/admin/audit', { token: admin });
    const [entry] = (audit.body as unknown as AuditAnswer).entries;
    expect(entry).toMatchObject({
      action: 'user.create',
      target: 'maria-quispe',
      before: null,
      after: { pinHash: '(cambiado)', name: 'María Quispe Huamán' },
    });
  });

  it('refuses taken usernames, weak PINs and unknown users with specific codes', async () => {
    const create = (body: Record<string, unknown>) =>
      api.call('POST', '/admin/users', {
        token: admin,
        body: { username: 'nuevo', name: 'Nuevo Usuario', role: 'clerk', pin: '4826', ...body },
      });
    for (const username of ['clerk1', 'kiosk-1']) {
      const taken = await create({ username });
      expect(taken.status).toBe(409);
      expect(errorOf(taken)).toMatchObject({
        code: 'USERNAME_TAKEN',
        message: expect.stringContaining(`«${username}» ya está en uso`),
      });
    }
    const weak = [
      ['0000', 'todas sus cifras iguales'],
      ['12a4', 'de 4 a 8 dígitos'],
      ['123', 'de 4 a 8 dígitos'],
    ] as const;
    for (const [pin, message] of weak) {
      const refused = await create({ pin });
      expect(refused.status, pin).toBe(400);
      expect(errorOf(refused).message).toContain(message);
    }
    const badName = await create({ username: 'María' });
    expect(errorOf(badName).message).toContain('solo admite minúsculas');
    const unknown = await api.call('PATCH', '/admin/users/nadie', {
      token: admin,
      body: { name: 'X' },
    });
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown)).toMatchObject({
      code: 'UNKNOWN_USER',
      message: expect.stringContaining('«nadie»'),
    });
  });

  it('deactivating a clerk refuses their login, drops their counter socket and ends their token', async () => {
    const clerk = await loginToken(hub.url, 'clerk2');
    const counter = await connectRole(hub.url, 'counter', clerk);
    const dropped = new Promise<string>((resolve) => counter.socket.once('disconnect', resolve));

    const patched = await api.call('PATCH', '/admin/users/clerk2', {
      token: admin,
      body: { active: false },
    });

    expect(patched.status).toBe(200);
    expect(await dropped).toBe('io server disconnect');
    expect((await api.call('GET', '/queue', { token: clerk })).status).toBe(401);
    const refused = await login('clerk2', '1234');
    expect(refused.status).toBe(403);
    expect(errorOf(refused)).toMatchObject({
      code: 'ACCOUNT_DISABLED',
      message: 'Su usuario fue desactivado. Consulte con el administrador.',
    });
    expect(errorOf(await login('clerk2', '9876')).code).toBe('INVALID_CREDENTIALS');
    await expect(connectRole(hub.url, 'counter', clerk)).rejects.toThrow();
    // Reactivated, they log in again, but the old session stays ended.
    await api.call('PATCH', '/admin/users/clerk2', { token: admin, body: { active: true } });
    expect((await login('clerk2', '1234')).status).toBe(200);
    expect((await api.call('GET', '/queue', { token: clerk })).status).toBe(401);
  });

  it('never leaves the office without an active admin, and an admin cannot deactivate themselves', async () => {
    const self = await api.call('PATCH', '/admin/users/admin', {
      token: admin,
      body: { active: false },
    });
    expect(self.status).toBe(409);
    expect(errorOf(self).code).toBe('CANNOT_DEACTIVATE_SELF');
    const demote = await api.call('PATCH', '/admin/users/admin', {
      token: admin,
      body: { role: 'supervisor' },
    });
    expect(demote.status).toBe(409);
    expect(errorOf(demote)).toMatchObject({
      code: 'LAST_ADMIN',
      message: expect.stringContaining('último administrador activo'),
    });
    // With a second admin, the first may step down.
    await api.call('POST', '/admin/users', {
      token: admin,
      body: { username: 'admin2', name: 'Segunda Admin', role: 'admin', pin: '5931' },
    });
    const second = await loginToken(hub.url, 'admin2', '5931');
    const lastOne = await api.call('PATCH', '/admin/users/admin', {
      token: second,
      body: { role: 'clerk' },
    });
    expect(lastOne.status).toBe(200);
    const refused = await api.call('PATCH', '/admin/users/admin2', {
      token: second,
      body: { role: 'clerk' },
    });
    expect(errorOf(refused).code).toBe('LAST_ADMIN');
    expect((await api.call('GET', '/admin/config', { token: admin })).status).toBe(403);
  });

  it("a new PIN ends the user's old sessions and the old PIN", async () => {
    const clerk = await loginToken(hub.url, 'clerk3');
    const counter = await connectRole(hub.url, 'counter', clerk);
    const dropped = new Promise<string>((resolve) => counter.socket.once('disconnect', resolve));
    const reset = await api.call('POST', '/admin/users/clerk3/pin', {
      token: admin,
      body: { pin: '7305' },
    });
    expect(reset.status).toBe(200);
    await dropped;
    expect((await api.call('GET', '/queue', { token: clerk })).status).toBe(401);
    expect(errorOf(await login('clerk3', '1234')).code).toBe('INVALID_CREDENTIALS');
    expect((await login('clerk3', '7305')).status).toBe(200);
    // Administrators changing their own PIN keep the session they did it from.
    await api.call('POST', '/admin/users/admin/pin', { token: admin, body: { pin: '8642' } });
    expect((await api.call('GET', '/admin/config', { token: admin })).status).toBe(200);
  });
});
