import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { TextField } from './field';
import type { DraftErrors, OutcomeDraft } from './service-draft';
import { emptyOutcome } from './service-draft';
import { slugify } from './validation';

/**
 * The finish outcomes of a service (what the clerk picks on "Finalizar"): a text for people and a
 * code for the reports. A new outcome's code follows its text until the code is edited by hand.
 */
export function OutcomesEditor({
  outcomes,
  onChange,
  errors,
  show,
  touch,
}: {
  outcomes: readonly OutcomeDraft[];
  onChange: (outcomes: OutcomeDraft[]) => void;
  errors: DraftErrors;
  show: (field: string) => boolean;
  touch: (field: string) => () => void;
}): ReactNode {
  const t = useCounterT();
  const error = (field: string): string | null => {
    const problem = errors[field];
    return problem && show(field) ? t(problem) : null;
  };
  function update(key: string, patch: Partial<OutcomeDraft>): void {
    onChange(outcomes.map((o) => (o.key === key ? { ...o, ...patch } : o)));
  }
  return (
    <fieldset className="admin-group">
      <legend>{t('admin.service.outcomes')}</legend>
      <p className="admin-field__hint">{t('admin.service.outcomesHint')}</p>
      {errors['outcomes'] ? <p className="admin-field__error">{t(errors['outcomes'])}</p> : null}
      <ol className="admin-rows">
        {outcomes.map((outcome, index) => (
          <li key={outcome.key} className="admin-row">
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
            <button
              type="button"
              className="button admin-row__remove"
              onClick={() => onChange(outcomes.filter((o) => o.key !== outcome.key))}
              aria-label={`${t('admin.list.remove')} ${outcome.label}`}
            >
              {t('admin.list.remove')}
            </button>
          </li>
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
