import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import type { AdminMessageKey } from './admin-messages.es';
import { TextField } from './field';
import { ItemButton } from './item-button';
import { patchItem, removeItem } from './keyed-list';
import type { FeeKind, ProcedureDraft } from './service-draft';
import { emptyProcedure } from './service-draft';

const FEE_KINDS = ['free', 'fixed', 'uit-percent'] as const satisfies readonly FeeKind[];
const FEE_LABELS = {
  free: 'admin.fee.free',
  fixed: 'admin.fee.fixed',
  'uit-percent': 'admin.fee.uitPercent',
} as const;

/** The one field a paid fee asks for: an amount in soles, or a percentage of the UIT. */
const FEE_FIELDS = {
  fixed: { name: 'amount', label: 'admin.procedure.amount', hint: 'admin.procedure.amountHint' },
  'uit-percent': {
    name: 'percent',
    label: 'admin.procedure.percent',
    hint: 'admin.procedure.percentHint',
  },
} as const satisfies Partial<
  Record<FeeKind, { name: 'amount' | 'percent'; label: AdminMessageKey; hint: AdminMessageKey }>
>;

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
  const fee = draft.feeKind === 'free' ? null : FEE_FIELDS[draft.feeKind];
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
          {fee ? (
            <TextField
              // A field of its own per kind, so switching kinds starts a fresh field.
              key={fee.name}
              label={t(fee.label)}
              hint={t(fee.hint)}
              value={draft[fee.name]}
              inputMode="decimal"
              className="admin-field--short"
              onChange={(value) => onChange({ [fee.name]: value })}
              onBlur={touch(field(fee.name))}
              error={error(field(fee.name))}
            />
          ) : null}
        </fieldset>
        {hasAdvanced(draft) ? (
          <p className="admin-field__hint">{t('admin.procedure.advancedKept')}</p>
        ) : null}
        <ItemButton label={t('admin.procedure.remove')} item={draft.name} onClick={onRemove} />
      </fieldset>
    </li>
  );
}

/** The procedures of a service (the counter's panels read them), with add and remove. */
export function ProceduresEditor({
  procedures,
  onChange,
  error,
  touch,
}: {
  procedures: readonly ProcedureDraft[];
  onChange: (procedures: ProcedureDraft[]) => void;
  error: (field: string) => string | null;
  touch: (field: string) => () => void;
}): ReactNode {
  const t = useCounterT();
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
            onChange={(patch) => onChange(patchItem(procedures, draft.key, patch))}
            onRemove={() => onChange(removeItem(procedures, draft.key))}
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
