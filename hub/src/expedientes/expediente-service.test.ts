import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workingCalendar } from '@cac/shared/domain';
import type { LedgerRepository } from '../ledger/ledger-repository';
import { openSqliteLedger } from '../ledger/sqlite-ledger';
import type { ExpedienteService, OpenExpediente } from './expediente-service';
import { createExpedienteService } from './expediente-service';

const FRIDAY_10AM = Date.parse('2026-11-27T15:00:00Z');
const DAY = 86_400_000;

let dir: string;
let ledger: LedgerRepository;
let now: number;
let service: ExpedienteService;

function open(ledgerFile: string): void {
  ledger = openSqliteLedger(ledgerFile);
  service = createExpedienteService({
    repository: ledger.expedientes,
    now: () => now,
    timeZone: () => 'America/Lima',
    calendar: () => workingCalendar(['2026-12-08', '2026-12-09']),
    unit: () => 'MPC',
    receptionOffice: () => 'Mesa de partes',
  });
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cac-expedientes-'));
  now = FRIDAY_10AM;
  open(path.join(dir, 'ledger.sqlite'));
});

afterEach(async () => {
  ledger.close();
  await rm(dir, { recursive: true, force: true });
});

const INTAKE: OpenExpediente = {
  procedureId: 'mesa-de-partes-solicitud',
  procedureName: 'Mesa de partes – solicitud',
  serviceId: 'mesa-de-partes',
  ticketId: 'T1',
  windowId: 'v3',
  by: 'clerk3',
  applicantDocument: '10117410',
  applicant: { name: 'María Quispe Huamán', document: '10117410' },
  details: { subject: 'Constancia de posesión', folios: 12 },
  timeLimitWorkingDays: 10,
  observation: null,
};

describe('expedientes in the hub', () => {
  it('numbers them from a yearly sequence, with an 8-digit key and the legal due date', () => {
    const first = service.open(INTAKE);
    const second = service.open(INTAKE);
    expect([first.number, second.number]).toEqual(['EXP-2026-000001', 'EXP-2026-000002']);
    expect(first.accessKey).toMatch(/^\d{8}$/);
    expect(service.documentTitle(first)).toBe('Expediente N° 000001-2026-MPC');
    // Friday 27 Nov + 10 working days over a weekend and 8–9 Dec → Tuesday 15 Dec.
    expect(first.dueOn).toBe('2026-12-15');
    expect(first.progress.history).toEqual([
      expect.objectContaining({ state: 'recibido', by: 'clerk3', office: 'Mesa de partes' }),
    ]);
    now = Date.parse('2027-01-04T15:00:00Z');
    expect(service.open(INTAKE).number).toBe('EXP-2027-000001');
  });

  it('keeps everything across a restart: applicant, details, history', () => {
    const opened = service.open({ ...INTAKE, observation: 'Falta copia del DNI' });
    ledger.close();
    open(path.join(dir, 'ledger.sqlite'));
    expect(ledger.expedientes.get(opened.number)).toEqual(opened);
    expect(opened.progress.state).toBe('observado');
    expect(opened.progress.observationDeadline).toBe('2026-12-01');
  });

  it('moves by the domain rules and refuses an illegal move or a missing office', () => {
    const { number } = service.open(INTAKE);
    expect(service.move(number, { to: 'notificado', by: 'clerk3' })).toEqual({
      ok: false,
      error: 'ILLEGAL_MOVE',
    });
    expect(service.move(number, { to: 'derivado', by: 'clerk3' })).toEqual({
      ok: false,
      error: 'OFFICE_REQUIRED',
    });
    const moved = service.move(number, { to: 'derivado', by: 'clerk3', office: 'Catastro' });
    expect(moved.ok && moved.value.progress.state).toBe('derivado');
    expect(ledger.expedientes.get(number)?.progress.history.map((s) => s.state)).toEqual([
      'recibido',
      'derivado',
    ]);
    expect(service.move('EXP-2026-999999', { to: 'archivado', by: 'x' })).toEqual({
      ok: false,
      error: 'NOT_FOUND',
    });
  });

  it('refuses a move computed on a stale history (two people moving it at once)', () => {
    const { number, progress } = service.open(INTAKE);
    expect(service.move(number, { to: 'en-evaluacion', by: 'a' }).ok).toBe(true);
    // The second writer still holds the one-step history it read before.
    expect(ledger.expedientes.saveProgress(number, progress, 1)).toBe(false);
    expect(ledger.expedientes.get(number)?.progress.state).toBe('en-evaluacion');
  });

  it('shows the public only states and dates, with the right key', () => {
    const opened = service.open({ ...INTAKE, observation: 'Falta copia del DNI' });
    const view = service.lookup(opened.number, opened.accessKey);
    expect(view).toEqual({
      number: opened.number,
      documentTitle: 'Expediente N° 000001-2026-MPC',
      procedure: 'Mesa de partes – solicitud',
      status: 'observado',
      dueOn: '2026-12-15',
      observationDeadline: '2026-12-01',
      resolution: null,
      history: [
        { status: 'recibido', at: '2026-11-27T15:00:00.000Z' },
        { status: 'observado', at: '2026-11-27T15:00:00.000Z' },
      ],
    });
    expect(JSON.stringify(view)).not.toMatch(/María|10117410|DNI|clerk3/);
    const wrongKey = opened.accessKey === '00000000' ? '11111111' : '00000000';
    expect(service.lookup(opened.number, wrongKey)).toBeNull();
    expect(service.lookup(opened.number, '')).toBeNull();
    expect(service.lookup('EXP-2026-000002', opened.accessKey)).toBeNull();
    expect(service.lookup('nonsense', opened.accessKey)).toBeNull();
  });

  it('records "no presentado" once an observation term has ended, not before', () => {
    const observed = service.open({ ...INTAKE, observation: 'Falta copia del DNI' });
    const fixed = service.open({ ...INTAKE, observation: 'Falta firma' });
    service.move(fixed.number, { to: 'subsanado', by: 'clerk3' });
    now = Date.parse('2026-12-01T23:00:00Z'); // Tuesday 1 Dec, 18:00 in Lima: the last day
    expect(service.sweepLapsedObservations()).toBe(0);
    now += DAY;
    expect(service.sweepLapsedObservations()).toBe(1);
    expect(ledger.expedientes.get(observed.number)?.progress).toMatchObject({
      state: 'no-presentado',
      observationDeadline: null,
    });
    expect(ledger.expedientes.get(observed.number)?.progress.history.at(-1)?.by).toBe('system');
    expect(ledger.expedientes.get(fixed.number)?.progress.state).toBe('subsanado');
    expect(service.sweepLapsedObservations()).toBe(0);
  });

  it('finds expedientes by number, applicant document, state and date, newest first', () => {
    const a = service.open(INTAKE);
    now += 1000;
    const b = service.open({ ...INTAKE, applicantDocument: '45055499' });
    now += 1000;
    const c = service.open({ ...INTAKE, observation: 'Falta plano' });
    const numbers = (filter: Parameters<typeof ledger.expedientes.find>[0]) =>
      ledger.expedientes.find(filter).map((e) => e.number);
    expect(numbers({ limit: 10 })).toEqual([c.number, b.number, a.number]);
    expect(numbers({ applicantDocument: '10117410', limit: 10 })).toEqual([c.number, a.number]);
    expect(numbers({ state: 'observado', limit: 10 })).toEqual([c.number]);
    expect(numbers({ number: b.number, limit: 10 })).toEqual([b.number]);
    expect(numbers({ from: FRIDAY_10AM + 500, to: FRIDAY_10AM + 1500, limit: 10 })).toEqual([
      b.number,
    ]);
    expect(numbers({ limit: 2 })).toHaveLength(2);
  });
});
