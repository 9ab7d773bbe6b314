import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { TextField } from './field';
import { patchItem, removeItem } from './keyed-list';
import { RemovableRow } from './removable-row';
import type { OutcomeDraft } from './service-draft';
import { emptyOutcome } from './service-draft';
import { slugify } from './validation';

/**
 * The finish outcomes of a service (what the clerk picks on "Finalizar"): a text for people and a
 * code for the reports. A new outcome's code follows its text until the code is edited by hand.
 */
export function OutcomesEditor({
  outcomes,
  onChange,
  listError,
  error,
  touch,
}: {
  outcomes: readonly OutcomeDraft[];
  onChange: (outcomes: OutcomeDraft[]) => void;
  /** What is wrong with the list as a whole (none left), shown at once. */
  listError: string | null;
  error: (field: string) => string | null;
  touch: (field: string) => () => void;
}): ReactNode {
  const t = useCounterT();
  const update = (key: string, patch: Partial<OutcomeDraft>): void =>
    onChange(patchItem(outcomes, key, patch));
  return (
    <fieldset className="admin-group">
      <legend>{t('admin.service.outcomes')}</legend>
      <p className="admin-field__hint">{t('admin.service.outcomesHint')}</p>
      {listError ? <p className="admin-field__error">{listError}</p> : null}
      <ol className="admin-rows">
        {outcomes.map((outcome, index) => (
          <RemovableRow
            key={outcome.key}
            item={outcome.label}
            onRemove={() => onChange(removeItem(outcomes, outcome.key))}
          >
            <TextField
              label={t('admin.service.outcomeLabel', { n: index + 1 })}
              value={outcome.label}
              maxLength={60}
              className="admin-field--wide"
              onChange={(label) =>
                update(outcome.key, outcome.autoCode ? { label, code: slugify(label) } : { label })
              }
              onBlur={touch(`outcome.${outcome.key}.label`)}
              error={error(`outcome.${outcome.key}.label`)}
            />
            <TextField
              label={t('admin.service.outcomeCode', { n: index + 1 })}
              value={outcome.code}
              maxLength={40}
              onChange={(code) => update(outcome.key, { code, autoCode: false })}
              onBlur={touch(`outcome.${outcome.key}.code`)}
              error={error(`outcome.${outcome.key}.code`)}
            />
          </RemovableRow>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => onChange([...outcomes, emptyOutcome()])}
      >
        {t('admin.service.addOutcome')}
      </button>
    </fieldset>
  );
}
