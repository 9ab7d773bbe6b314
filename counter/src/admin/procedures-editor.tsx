import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { TextField } from './field';
import type { DraftErrors, FeeKind, ProcedureDraft } from './service-draft';
import { emptyProcedure } from './service-draft';

const FEE_KINDS = ['free', 'fixed', 'uit-percent'] as const satisfies readonly FeeKind[];
const FEE_LABELS = {
  free: 'admin.fee.free',
  fixed: 'admin.fee.fixed',
  'uit-percent': 'admin.fee.uitPercent',
} as const;

/** Whether a procedure has settings this form keeps without showing (they are edited in the file). */
function hasAdvanced(draft: ProcedureDraft): boolean {
  const original = draft.original;
  return Boolean(
    original &&
    (original.kind !== 'general' ||
      original.riskLevels ||
      original.actaType ||
      original.destinationOffices ||
      original.documentTypes),
  );
}

/** One procedure: its name, its requirements (one per line) and its fee. */
function ProcedureFields({
  draft,
  index,
  onChange,
  onRemove,
  error,
  touch,
}: {
  draft: ProcedureDraft;
  index: number;
  onChange: (patch: Partial<ProcedureDraft>) => void;
  onRemove: () => void;
  error: (field: string) => string | null;
  touch: (field: string) => () => void;
}): ReactNode {
  const t = useCounterT();
  const field = (name: string): string => `procedure.${draft.key}.${name}`;
  return (
    <li className="admin-procedure">
      <fieldset className="admin-group">
        <legend>{draft.name.trim() || t('admin.procedure.untitled', { n: index + 1 })}</legend>
        <TextField
          label={t('admin.procedure.name')}
          value={draft.name}
          maxLength={160}
          className="admin-field--wide"
          onChange={(name) => onChange({ name })}
          onBlur={touch(field('name'))}
          error={error(field('name'))}
        />
        <TextField
          label={t('admin.procedure.requirements')}
          hint={t('admin.procedure.requirementsHint')}
          value={draft.requirements}
          rows={3}
          className="admin-field--wide"
          onChange={(requirements) => onChange({ requirements })}
        />
        <fieldset className="admin-fee">
          <legend>{t('admin.procedure.fee')}</legend>
          {FEE_KINDS.map((kind) => (
            <label key={kind} className="admin-radio">
              <input
                type="radio"
                name={`fee-${draft.key}`}
                checked={draft.feeKind === kind}
                onChange={() => onChange({ feeKind: kind })}
              />
              {t(FEE_LABELS[kind])}
            </label>
          ))}
          {draft.feeKind === 'fixed' ? (
            <TextField
              label={t('admin.procedure.amount')}
              hint={t('admin.procedure.amountHint')}
              value={draft.amount}
              inputMode="decimal"
              className="admin-field--short"
              onChange={(amount) => onChange({ amount })}
              onBlur={touch(field('amount'))}
              error={error(field('amount'))}
            />
          ) : null}
          {draft.feeKind === 'uit-percent' ? (
            <TextField
              label={t('admin.procedure.percent')}
              hint={t('admin.procedure.percentHint')}
              value={draft.percent}
              inputMode="decimal"
              className="admin-field--short"
              onChange={(percent) => onChange({ percent })}
              onBlur={touch(field('percent'))}
              error={error(field('percent'))}
            />
          ) : null}
        </fieldset>
        {hasAdvanced(draft) ? (
          <p className="admin-field__hint">{t('admin.procedure.advancedKept')}</p>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={onRemove}
          aria-label={`${t('admin.procedure.remove')} ${draft.name}`}
        >
          {t('admin.procedure.remove')}
        </button>
      </fieldset>
    </li>
  );
}

/** The procedures of a service (the counter's panels read them), with add and remove. */
export function ProceduresEditor({
  procedures,
  onChange,
  errors,
  show,
  touch,
}: {
  procedures: readonly ProcedureDraft[];
  onChange: (procedures: ProcedureDraft[]) => void;
  errors: DraftErrors;
  show: (field: string) => boolean;
  touch: (field: string) => () => void;
}): ReactNode {
  const t = useCounterT();
  const error = (field: string): string | null => {
    const problem = errors[field];
    return problem && show(field) ? t(problem) : null;
  };
  return (
    <fieldset className="admin-group">
      <legend>{t('admin.service.procedures')}</legend>
      {procedures.length === 0 ? <p>{t('admin.service.noProcedures')}</p> : null}
      <ol className="admin-procedures">
        {procedures.map((draft, index) => (
          <ProcedureFields
            key={draft.key}
            draft={draft}
            index={index}
            error={error}
            touch={touch}
            onChange={(patch) =>
              onChange(procedures.map((p) => (p.key === draft.key ? { ...p, ...patch } : p)))
            }
            onRemove={() => onChange(procedures.filter((p) => p.key !== draft.key))}
          />
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => onChange([...procedures, emptyProcedure()])}
      >
        {t('admin.service.addProcedure')}
      </button>
    </fieldset>
  );
}
