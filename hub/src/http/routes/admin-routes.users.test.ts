import type { AdminConfigAnswer, AuditAnswer } from '@cac/shared/protocol';
import { errorOf, useAdminHub } from '../../admin/admin-test-api';
import { connectRole, loginToken } from '../../testing/role-client';

const session = useAdminHub();

const login = (username: string, pin: string) =>
  session.api.call('POST', '/auth/login', { body: { username, pin } });

/** `PATCH /admin/users/{username}`, as the session's admin unless another token is given. */
const patchUser = (username: string, body: unknown, token = session.admin) =>
  session.api.call('PATCH', `/admin/users/${username}`, { token, body });

/** A clerk logged in with a counter open, and the reason the hub will give for dropping it. */
async function clerkAtCounter(
  username: string,
): Promise<{ token: string; dropped: Promise<string> }> {
  const token = await loginToken(session.hub.url, username);
  const counter = await connectRole(session.hub.url, 'counter', token);
  const dropped = new Promise<string>((resolve) => counter.socket.once('disconnect', resolve));
  return { token, dropped };
}

describe('users', () => {
  it('creates a user who can log in; the answer and the audit carry no PIN hash', async () => {
    const created = await session.api.call('POST', '/admin/users', {
      token: session.admin,
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
    const audit = await session.api.call('GET', '/admin/audit', { token: session.admin });
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
      session.api.call('POST', '/admin/users', {
        token: session.admin,
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
    const unknown = await patchUser('nadie', { name: 'X' });
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown)).toMatchObject({
      code: 'UNKNOWN_USER',
      message: expect.stringContaining('«nadie»'),
    });
  });

  it('deactivating a clerk refuses their login, drops their counter socket and ends their token', async () => {
    const { token: clerk, dropped } = await clerkAtCounter('clerk2');

    const patched = await patchUser('clerk2', { active: false });

    expect(patched.status).toBe(200);
    expect(await dropped).toBe('io server disconnect');
    expect((await session.api.call('GET', '/queue', { token: clerk })).status).toBe(401);
    const refused = await login('clerk2', '1234');
    expect(refused.status).toBe(403);
    expect(errorOf(refused)).toMatchObject({
      code: 'ACCOUNT_DISABLED',
      message: 'Su usuario fue desactivado. Consulte con el administrador.',
    });
    expect(errorOf(await login('clerk2', '9876')).code).toBe('INVALID_CREDENTIALS');
    await expect(connectRole(session.hub.url, 'counter', clerk)).rejects.toThrow();
    // Reactivated, they log in again, but the old session stays ended.
    await patchUser('clerk2', { active: true });
    expect((await login('clerk2', '1234')).status).toBe(200);
    expect((await session.api.call('GET', '/queue', { token: clerk })).status).toBe(401);
  });

  it('never leaves the office without an active admin, and an admin cannot deactivate themselves', async () => {
    const self = await patchUser('admin', { active: false });
    expect(self.status).toBe(409);
    expect(errorOf(self).code).toBe('CANNOT_DEACTIVATE_SELF');
    const demote = await patchUser('admin', { role: 'supervisor' });
    expect(demote.status).toBe(409);
    expect(errorOf(demote)).toMatchObject({
      code: 'LAST_ADMIN',
      message: expect.stringContaining('último administrador activo'),
    });
    // With a second admin, the first may step down.
    await session.api.call('POST', '/admin/users', {
      token: session.admin,
      body: { username: 'admin2', name: 'Segunda Admin', role: 'admin', pin: '5931' },
    });
    const second = await loginToken(session.hub.url, 'admin2', '5931');
    const lastOne = await patchUser('admin', { role: 'clerk' }, second);
    expect(lastOne.status).toBe(200);
    const refused = await patchUser('admin2', { role: 'clerk' }, second);
    expect(errorOf(refused).code).toBe('LAST_ADMIN');
    expect((await session.api.call('GET', '/admin/config', { token: session.admin })).status).toBe(
      403,
    );
  });

  it("a new PIN ends the user's old sessions and the old PIN", async () => {
    const { token: clerk, dropped } = await clerkAtCounter('clerk3');
    const reset = await session.api.call('POST', '/admin/users/clerk3/pin', {
      token: session.admin,
      body: { pin: '7305' },
    });
    expect(reset.status).toBe(200);
    await dropped;
    expect((await session.api.call('GET', '/queue', { token: clerk })).status).toBe(401);
    expect(errorOf(await login('clerk3', '1234')).code).toBe('INVALID_CREDENTIALS');
    expect((await login('clerk3', '7305')).status).toBe(200);
    // Administrators changing their own PIN keep the session they did it from.
    await session.api.call('POST', '/admin/users/admin/pin', {
      token: session.admin,
      body: { pin: '8642' },
    });
    expect((await session.api.call('GET', '/admin/config', { token: session.admin })).status).toBe(
      200,
    );
  });
});
