import { formatSoles } from '@cac/shared/domain';
import type { AdminConfigView } from '@cac/shared/protocol';
import type { AdminMessageKey } from './admin-messages.es';
import {
  checkColour,
  checkPercent,
  checkPrefix,
  checkRequired,
  checkServiceMinutes,
  checkSlaMinutes,
  checkSlug,
  checkSoles,
  readSoles,
  slugify,
  uniqueSlug,
} from './validation';

export type Service = AdminConfigView['services'][number];
export type Procedure = Service['procedures'][number];
export type FeeKind = Procedure['fee']['kind'];

/** An outcome as typed; `autoCode` while its code still follows its label (a new outcome). */
export type OutcomeDraft = { key: string; code: string; label: string; autoCode: boolean };

/**
 * A procedure as typed. `original` keeps every field this form does not edit (risk levels, acta
 * type, destination offices, time limit), so saving a service never loses them.
 */
export type ProcedureDraft = {
  key: string;
  original: Procedure | null;
  name: string;
  /** One requirement per line. */
  requirements: string;
  feeKind: FeeKind;
  /** Soles, for a fixed fee. */
  amount: string;
  /** Percent of the UIT, for a fee written that way. */
  percent: string;
};

/** A service as typed: text for every number, so a half-typed value is kept and explained. */
export type ServiceDraft = {
  original: Service | null;
  name: string;
  prefix: string;
  icon: string;
  colour: string;
  sla: string;
  serviceMin: string;
  active: boolean;
  askPreferential: boolean;
  outcomes: OutcomeDraft[];
  procedures: ProcedureDraft[];
};

/** Field → problem; fields are `name`, `outcome.<key>.code`, `procedure.<key>.amount`, … */
export type DraftErrors = Readonly<Record<string, AdminMessageKey>>;

let nextKey = 0;
/** A key for a new row of a list, stable while it is edited. */
export function newKey(): string {
  nextKey += 1;
  return `k${nextKey}`;
}

function procedureDraft(procedure: Procedure): ProcedureDraft {
  const { fee } = procedure;
  return {
    key: newKey(),
    original: procedure,
    name: procedure.name,
    requirements: procedure.requirements.join('\n'),
    feeKind: fee.kind,
    amount: fee.kind === 'fixed' ? formatSoles(fee.centimos).replace('S/ ', '') : '',
    percent: fee.kind === 'uit-percent' ? fee.percent : '',
  };
}

export function emptyProcedure(): ProcedureDraft {
  return {
    key: newKey(),
    original: null,
    name: '',
    requirements: '',
    feeKind: 'free',
    amount: '',
    percent: '',
  };
}

export function emptyOutcome(): OutcomeDraft {
  return { key: newKey(), code: '', label: '', autoCode: true };
}

/** The draft of an existing service, or of a new one (one outcome, "Atendido"). */
export function serviceDraft(service: Service | null): ServiceDraft {
  if (!service) {
    return {
      original: null,
      name: '',
      prefix: '',
      icon: 'orientacion',
      colour: '#1F6FB2',
      sla: '15',
      serviceMin: '5',
      active: true,
      askPreferential: true,
      outcomes: [{ key: newKey(), code: 'atendido', label: 'Atendido', autoCode: false }],
      procedures: [],
    };
  }
  return {
    original: service,
    name: service.name,
    prefix: service.prefix,
    icon: service.icon,
    colour: service.colour,
    sla: String(service.slaTargetMin),
    serviceMin: String(service.defaultServiceMin),
    active: service.active,
    askPreferential: service.askPreferential,
    outcomes: service.outcomes.map((o) => ({ key: newKey(), ...o, autoCode: false })),
    procedures: service.procedures.map(procedureDraft),
  };
}

/** The problems of a draft, given the other services (their prefixes must differ). */
export function checkServiceDraft(draft: ServiceDraft, others: readonly Service[]): DraftErrors {
  const errors: Record<string, AdminMessageKey> = {};
  const put = (field: string, problem: AdminMessageKey | null): void => {
    if (problem) errors[field] = problem;
  };
  put('name', checkRequired(draft.name));
  put(
    'prefix',
    checkPrefix(draft.prefix) ??
      (others.some((s) => s.prefix === draft.prefix) ? 'admin.check.prefixTaken' : null),
  );
  put('colour', checkColour(draft.colour));
  put('sla', checkSlaMinutes(draft.sla));
  put('serviceMin', checkServiceMinutes(draft.serviceMin));
  if (draft.outcomes.length === 0) put('outcomes', 'admin.check.oneOutcome');
  const codes = new Set<string>();
  for (const outcome of draft.outcomes) {
    put(`outcome.${outcome.key}.label`, checkRequired(outcome.label));
    const code =
      checkSlug(outcome.code) ?? (codes.has(outcome.code) ? 'admin.check.codeTaken' : null);
    put(`outcome.${outcome.key}.code`, code);
    codes.add(outcome.code);
  }
  for (const procedure of draft.procedures) {
    put(`procedure.${procedure.key}.name`, checkRequired(procedure.name));
    if (procedure.feeKind === 'fixed')
      put(`procedure.${procedure.key}.amount`, checkSoles(procedure.amount));
    if (procedure.feeKind === 'uit-percent') {
      put(`procedure.${procedure.key}.percent`, checkPercent(procedure.percent));
    }
  }
  return errors;
}

function fee(draft: ProcedureDraft): Procedure['fee'] {
  if (draft.feeKind === 'fixed') return { kind: 'fixed', centimos: readSoles(draft.amount) ?? 0 };
  if (draft.feeKind === 'uit-percent')
    return { kind: 'uit-percent', percent: draft.percent.trim() };
  return { kind: 'free' };
}

/**
 * The service to save (call only on a draft without problems). A new service and a new procedure
 * get an identifier made from their name, unique in the office (reports and expedientes refer to
 * them by it, so an existing one never changes).
 */
export function serviceFromDraft(draft: ServiceDraft, all: readonly Service[]): Service {
  const takenProcedures = new Set(all.flatMap((s) => s.procedures.map((p) => p.id)));
  const procedures = draft.procedures.map((p): Procedure => {
    const requirements = p.requirements
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (p.original) return { ...p.original, name: p.name.trim(), requirements, fee: fee(p) };
    const id = uniqueSlug(slugify(p.name), takenProcedures);
    takenProcedures.add(id);
    return {
      id,
      name: p.name.trim(),
      kind: 'general',
      requirements,
      fee: fee(p),
      timeLimitWorkingDays: null,
    };
  });
  const id = draft.original?.id ?? uniqueSlug(slugify(draft.name), new Set(all.map((s) => s.id)));
  return {
    ...draft.original,
    id,
    name: draft.name.trim(),
    prefix: draft.prefix,
    icon: draft.icon,
    colour: draft.colour.toUpperCase(),
    slaTargetMin: Number(draft.sla.trim()),
    defaultServiceMin: Number(draft.serviceMin.trim().replace(',', '.')),
    active: draft.active,
    askPreferential: draft.askPreferential,
    outcomes: draft.outcomes.map((o) => ({ code: o.code, label: o.label.trim() })),
    procedures,
  };
}
