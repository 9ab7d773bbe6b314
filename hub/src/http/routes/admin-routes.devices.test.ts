import type { AuditAnswer, DeviceKeyAnswer, SyncSnapshot } from '@cac/shared/protocol';
import { errorOf, useAdminHub } from '../../admin/admin-test-api';
import { connectRole } from '../../testing/role-client';

const session = useAdminHub();

describe('devices', () => {
  it('registers a display, rotates its key (old socket dropped, old key refused) and moves its zone live', async () => {
    const created = await session.api.call('POST', '/admin/devices', {
      token: session.admin,
      body: {
        id: 'pantalla-sala-2',
        kind: 'display',
        name: 'Pantalla de la sala 2',
        zone: { serviceIds: ['registro-civil'] },
      },
    });
    expect(created.status).toBe(201);
    const { key, deviceId } = created.body as unknown as DeviceKeyAnswer;
    expect(deviceId).toBe('pantalla-sala-2');
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(JSON.stringify(created.body).match(/sha256/g)).toBeNull();

    const display = await connectRole(session.hub.url, 'display', key);
    expect(display.snapshot.session).toMatchObject({
      kind: 'device',
      deviceId: 'pantalla-sala-2',
      zone: { serviceIds: ['registro-civil'], windowIds: null },
    });

    const moved = new Promise<SyncSnapshot>((resolve) =>
      display.socket.once('sync:snapshot', resolve),
    );
    const patched = await session.api.call('PATCH', '/admin/devices/pantalla-sala-2', {
      token: session.admin,
      body: { zone: { windowIds: ['ventanilla-1', 'ventanilla-2'] } },
    });
    expect(patched.status).toBe(200);
    expect((await moved).session).toMatchObject({
      zone: { serviceIds: null, windowIds: ['ventanilla-1', 'ventanilla-2'] },
    });
    const cleared = new Promise<SyncSnapshot>((resolve) =>
      display.socket.once('sync:snapshot', resolve),
    );
    await session.api.call('PATCH', '/admin/devices/pantalla-sala-2', {
      token: session.admin,
      body: { zone: null },
    });
    expect((await cleared).session).toMatchObject({ zone: null });

    const dropped = new Promise<string>((resolve) => display.socket.once('disconnect', resolve));
    const rotated = await session.api.call('POST', '/admin/devices/pantalla-sala-2/key', {
      token: session.admin,
    });
    expect(rotated.status).toBe(200);
    const fresh = (rotated.body as unknown as DeviceKeyAnswer).key;
    expect(fresh).not.toBe(key);
    expect(await dropped).toBe('io server disconnect');
    await expect(connectRole(session.hub.url, 'display', key)).rejects.toMatchObject({
      data: { code: 'DEVICE_NOT_PAIRED' },
    });
    const again = await connectRole(session.hub.url, 'display', fresh);
    expect(again.snapshot.session).toMatchObject({ deviceId: 'pantalla-sala-2' });

    const audit = await session.api.call('GET', '/admin/audit?limit=1', { token: session.admin });
    const entries = (audit.body as unknown as AuditAnswer).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'device.key',
      target: 'pantalla-sala-2',
      before: { keyHash: '(cambiado)' },
      after: { keyHash: '(cambiado)' },
    });
    const older = await session.api.call('GET', `/admin/audit?before=${entries[0]?.id}`, {
      token: session.admin,
    });
    expect((older.body as unknown as AuditAnswer).entries.map((e) => e.action)).toEqual([
      'device.update',
      'device.update',
      'device.create',
    ]);

    const gone = new Promise<string>((resolve) => again.socket.once('disconnect', resolve));
    const deleted = await session.api.call('DELETE', '/admin/devices/pantalla-sala-2', {
      token: session.admin,
    });
    expect(deleted.status).toBe(200);
    await gone;
    expect(session.hub.context.config().devices.some((d) => d.id === 'pantalla-sala-2')).toBe(
      false,
    );
  });

  it('refuses id clashes, unknown devices and zones naming missing services', async () => {
    for (const id of ['display-1', 'admin']) {
      const clash = await session.api.call('POST', '/admin/devices', {
        token: session.admin,
        body: { id, kind: 'kiosk', name: 'Otro kiosco' },
      });
      expect(clash.status).toBe(409);
      expect(errorOf(clash)).toMatchObject({ code: 'DEVICE_ID_TAKEN' });
    }
    for (const [method, path] of [
      ['PATCH', '/admin/devices/nada'],
      ['POST', '/admin/devices/nada/key'],
      ['DELETE', '/admin/devices/nada'],
    ] as const) {
      const unknown = await session.api.call(method, path, {
        token: session.admin,
        body: { name: 'X' },
      });
      expect(unknown.status, path).toBe(404);
      expect(errorOf(unknown)).toMatchObject({
        code: 'UNKNOWN_DEVICE',
        message: expect.stringContaining('«nada»'),
      });
    }
    const badZone = await session.api.call('PATCH', '/admin/devices/display-1', {
      token: session.admin,
      body: { zone: { serviceIds: ['no-existe'] } },
    });
    expect(badZone.status).toBe(400);
    expect(JSON.stringify(errorOf(badZone).details)).toContain('que no existe');
    const badKind = await session.api.call('POST', '/admin/devices', {
      token: session.admin,
      body: { id: 'tv-1', kind: 'televisor', name: 'TV' },
    });
    expect(errorOf(badKind).message).toContain('"kiosk" o "display"');
  });
});
