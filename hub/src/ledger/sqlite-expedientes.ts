import type Database from 'better-sqlite3';
import {
  EXPEDIENTE_RESOLUTIONS,
  EXPEDIENTE_STATES,
  formatExpedienteNumber,
} from '@cac/shared/domain';
import type {
  ExpedienteProgress,
  ExpedienteResolution,
  ExpedienteState,
  ExpedienteStep,
} from '@cac/shared/domain';
import type {
  ExpedienteFilter,
  ExpedienteRepository,
  NewExpediente,
  StoredExpediente,
} from '../expedientes/expediente-repository';

type ExpedienteRow = {
  number: string;
  year: number;
  sequence: number;
  access_key: string;
  procedure_id: string;
  procedure_name: string;
  service_id: string | null;
  ticket_id: string | null;
  window_id: string | null;
  created_by: string;
  created_at: number;
  applicant_document: string | null;
  applicant_json: string;
  details_json: string;
  state: string;
  office: string | null;
  resolution: string | null;
  observation_deadline: string | null;
  due_on: string | null;
};

type StepRow = {
  number: string;
  idx: number;
  state: string;
  at: number;
  on_day: string;
  by_user: string;
  note: string | null;
  office: string | null;
  resolution: string | null;
};

function state(value: string): ExpedienteState {
  if ((EXPEDIENTE_STATES as readonly string[]).includes(value)) return value as ExpedienteState;
  throw new Error(`Estado de expediente desconocido en el libro: ${value}`);
}

function resolution(value: string | null): ExpedienteResolution | null {
  if (value === null) return null;
  if ((EXPEDIENTE_RESOLUTIONS as readonly string[]).includes(value)) {
    return value as ExpedienteResolution;
  }
  throw new Error(`Resolución de expediente desconocida en el libro: ${value}`);
}

function toStep(row: StepRow): ExpedienteStep {
  return {
    state: state(row.state),
    at: row.at,
    on: row.on_day,
    by: row.by_user,
    note: row.note,
    office: row.office,
    resolution: resolution(row.resolution),
  };
}

/** The expedientes of the ledger database `db` (already migrated by `openLedgerDatabase`). */
export function createSqliteExpedientes(db: Database.Database): ExpedienteRepository {
  const nextSequence = db
    .prepare<[number], number>(
      'SELECT coalesce(max(sequence), 0) + 1 FROM expedientes WHERE year = ?',
    )
    .pluck();
  const insert = db.prepare<ExpedienteRow>(
    `INSERT INTO expedientes (number, year, sequence, access_key, procedure_id, procedure_name,
       service_id, ticket_id, window_id, created_by, created_at, applicant_document, applicant_json,
       details_json, state, office, resolution, observation_deadline, due_on)
     VALUES (@number, @year, @sequence, @access_key, @procedure_id, @procedure_name, @service_id,
       @ticket_id, @window_id, @created_by, @created_at, @applicant_document, @applicant_json,
       @details_json, @state, @office, @resolution, @observation_deadline, @due_on)`,
  );
  const insertStep = db.prepare<StepRow>(
    `INSERT INTO expediente_steps (number, idx, state, at, on_day, by_user, note, office, resolution)
     VALUES (@number, @idx, @state, @at, @on_day, @by_user, @note, @office, @resolution)`,
  );
  const selectOne = db.prepare<[string], ExpedienteRow>(
    'SELECT * FROM expedientes WHERE number = ?',
  );
  const selectSteps = db.prepare<[string], StepRow>(
    'SELECT * FROM expediente_steps WHERE number = ? ORDER BY idx',
  );
  const countSteps = db
    .prepare<[string], number>('SELECT count(*) FROM expediente_steps WHERE number = ?')
    .pluck();
  const updateState = db.prepare<[string, string | null, string | null, string | null, string]>(
    `UPDATE expedientes SET state = ?, office = ?, resolution = ?, observation_deadline = ?
     WHERE number = ?`,
  );
  const selectLapsed = db
    .prepare<[string], string>(
      `SELECT number FROM expedientes
       WHERE state = 'observado' AND observation_deadline IS NOT NULL AND observation_deadline < ?
       ORDER BY number`,
    )
    .pluck();

  function stepRow(number: string, idx: number, step: ExpedienteStep): StepRow {
    return {
      number,
      idx,
      state: step.state,
      at: step.at,
      on_day: step.on,
      by_user: step.by,
      note: step.note,
      office: step.office,
      resolution: step.resolution,
    };
  }

  function toStored(row: ExpedienteRow): StoredExpediente {
    return {
      number: row.number,
      year: row.year,
      sequence: row.sequence,
      accessKey: row.access_key,
      procedureId: row.procedure_id,
      procedureName: row.procedure_name,
      serviceId: row.service_id,
      ticketId: row.ticket_id,
      windowId: row.window_id,
      createdBy: row.created_by,
      createdAt: row.created_at,
      applicantDocument: row.applicant_document,
      applicant: JSON.parse(row.applicant_json) as Record<string, unknown>,
      details: JSON.parse(row.details_json) as Record<string, unknown>,
      progress: {
        state: state(row.state),
        history: selectSteps.all(row.number).map(toStep),
        observationDeadline: row.observation_deadline,
        office: row.office,
        resolution: resolution(row.resolution),
      },
      dueOn: row.due_on,
    };
  }

  const create = db.transaction((input: NewExpediente): StoredExpediente => {
    const sequence = nextSequence.get(input.year) ?? 1;
    const number = formatExpedienteNumber({ year: input.year, sequence });
    insert.run({
      number,
      year: input.year,
      sequence,
      access_key: input.accessKey,
      procedure_id: input.procedureId,
      procedure_name: input.procedureName,
      service_id: input.serviceId,
      ticket_id: input.ticketId,
      window_id: input.windowId,
      created_by: input.createdBy,
      created_at: input.createdAt,
      applicant_document: input.applicantDocument,
      applicant_json: JSON.stringify(input.applicant),
      details_json: JSON.stringify(input.details),
      state: input.progress.state,
      office: input.progress.office,
      resolution: input.progress.resolution,
      observation_deadline: input.progress.observationDeadline,
      due_on: input.dueOn,
    });
    input.progress.history.forEach((step, idx) => insertStep.run(stepRow(number, idx, step)));
    return { ...input, number, sequence };
  });

  const save = db.transaction(
    (number: string, progress: ExpedienteProgress, stepsBefore: number): boolean => {
      if (countSteps.get(number) !== stepsBefore) return false;
      progress.history
        .slice(stepsBefore)
        .forEach((step, offset) => insertStep.run(stepRow(number, stepsBefore + offset, step)));
      updateState.run(
        progress.state,
        progress.office,
        progress.resolution,
        progress.observationDeadline,
        number,
      );
      return true;
    },
  );

  return {
    create: (input) => create.immediate(input),
    get(number) {
      const row = selectOne.get(number);
      return row ? toStored(row) : null;
    },
    saveProgress: (number, progress, stepsBefore) => save.immediate(number, progress, stepsBefore),
    find(filter: ExpedienteFilter) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (filter.number !== undefined) {
        where.push('number = ?');
        params.push(filter.number);
      }
      if (filter.applicantDocument !== undefined) {
        where.push('applicant_document = ?');
        params.push(filter.applicantDocument);
      }
      if (filter.state !== undefined) {
        where.push('state = ?');
        params.push(filter.state);
      }
      if (filter.from !== undefined) {
        where.push('created_at >= ?');
        params.push(filter.from);
      }
      if (filter.to !== undefined) {
        where.push('created_at < ?');
        params.push(filter.to);
      }
      const sql = `SELECT * FROM expedientes ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY created_at DESC, number DESC LIMIT ?`;
      return db
        .prepare<(string | number)[], ExpedienteRow>(sql)
        .all(...params, filter.limit)
        .map(toStored);
    },
    lapsedObservations: (day) => selectLapsed.all(day),
  };
}
