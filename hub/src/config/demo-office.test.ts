import { performance } from 'node:perf_hooks';
import { parseOfficeConfig, toOfficeRules } from '@cac/shared/protocol';
import { createDemoOffice } from './demo-office';
import { verifyDeviceKey, verifyPin } from './secrets';

describe('createDemoOffice', () => {
  const started = performance.now();
  const demo = createDemoOffice();
  const elapsedMs = performance.now() - started;

  it('is a valid office configuration', () => {
    const parsed = parseOfficeConfig(demo);
    expect(parsed).toEqual({ ok: true, value: demo });
  });

  it('is the office of API.md', () => {
    expect(demo.demo).toBe(true);
    expect(demo.office).toMatchObject({
      name: 'Centro de Atención al Ciudadano',
      municipality: 'Municipalidad Provincial de Cajamarca',
      timeZone: 'America/Lima',
    });
    expect(demo.services.map((s) => [s.prefix, s.id, s.name])).toEqual([
      ['R', 'registro-civil', 'Registro Civil'],
      ['L', 'licencias', 'Licencias de Funcionamiento'],
      ['M', 'mesa-de-partes', 'Mesa de Partes'],
      ['T', 'tributos', 'Tributos (SAT)'],
      ['O', 'orientacion', 'Orientación'],
    ]);
    expect(demo.windows.map((w) => [w.id, w.name])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => [`ventanilla-${n}`, `Ventanilla ${n}`]),
    );
    expect(demo.users.map((u) => [u.username, u.role])).toEqual([
      ['admin', 'admin'],
      ['supervisor', 'supervisor'],
      ...[1, 2, 3, 4, 5, 6].map((n) => [`clerk${n}`, 'clerk']),
    ]);
    expect(demo.users.every((u) => u.id === u.username)).toBe(true);
    expect(demo.devices.map((d) => [d.id, d.kind])).toEqual([
      ['kiosk-1', 'kiosk'],
      ['display-1', 'display'],
      ['display-2', 'display'],
    ]);
    expect(demo.dayCloseTime).toBe('23:59');
    expect(demo.uitTable).toEqual({ '2024': 515000, '2025': 535000, '2026': 550000 });
    expect(demo.announcements).toHaveLength(3);
  });

  it('serves every service at two windows or more, so transfers have somewhere to go', () => {
    for (const service of demo.services) {
      const windows = demo.windows.filter((w) => w.serviceIds.includes(service.id));
      expect(windows.length, service.id).toBeGreaterThanOrEqual(2);
      expect(service.outcomes.length, service.id).toBeGreaterThanOrEqual(2);
      expect(service.procedures.length, service.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('uses the published demo secrets', () => {
    for (const user of demo.users) expect(verifyPin('1234', user.pinHash), user.id).toBe(true);
    const keyHash = (id: string) => demo.devices.find((d) => d.id === id)?.keyHash ?? '';
    expect(verifyDeviceKey('demo-kiosk-key', keyHash('kiosk-1'))).toBe(true);
    expect(verifyDeviceKey('demo-display-key', keyHash('display-1'))).toBe(true);
    expect(verifyDeviceKey('demo-display-key', keyHash('display-2'))).toBe(true);
  });

  it('gives the domain its rules', () => {
    const rules = toOfficeRules(demo);
    expect(rules.services.find((s) => s.id === 'mesa-de-partes')?.outcomes).toContain('observado');
    expect(rules.callPolicy.preferentialFirst).toBe(true);
  });

  it('hashes the demo PIN quickly enough for a first start-up', () => {
    console.info(`createDemoOffice: ${elapsedMs.toFixed(0)} ms for ${demo.users.length} PINs`);
    expect(elapsedMs).toBeLessThan(1000);
  });
});
