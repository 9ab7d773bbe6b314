import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { FormDialog } from '../form-dialog';
import { useAdminSession } from './admin-session';
import { CheckField, TextField } from './field';
import { SectionForm, useSectionSave } from './section-form';
import { SectionPage } from './section-page';
import { useTouched } from './use-touched';
import { checkWhole, readPositive } from './validation';

type CallPolicy = ReturnType<typeof useAdminSession>['config']['callPolicy'];

/**
 * The call policy: preferential tickets first (Ley 28683 gives pregnant women, children in arms,
 * older adults and people with disabilities preferential attention, so turning it off asks first),
 * how many preferential tickets in a row before a regular one, and each service's weight.
 */
function CallPolicyForm(): ReactNode {
  const t = useCounterT();
  const { config } = useAdminSession();
  const { callPolicy } = config;
  const { busy, failure, save } = useSectionSave('callPolicy');
  const touched = useTouched();
  const [preferentialFirst, setPreferentialFirst] = useState(callPolicy.preferentialFirst);
  const [askingOff, setAskingOff] = useState(false);
  const [maxInRow, setMaxInRow] = useState(
    callPolicy.maxPreferentialInRow === null ? '' : String(callPolicy.maxPreferentialInRow),
  );
  const [weights, setWeights] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      config.services.map((s) => [s.id, String(callPolicy.serviceWeights[s.id] ?? '')]),
    ),
  );

  const maxProblem =
    maxInRow.trim() === '' ? null : checkWhole(maxInRow, 1, 100, 'admin.check.maxInRow');
  const weightProblem = (id: string): string | null => {
    const value = weights[id] ?? '';
    return value.trim() === '' || readPositive(value) !== null ? null : t('admin.check.weight');
  };

  function submit(): boolean {
    touched.submitted();
    if (maxProblem || config.services.some((s) => weightProblem(s.id))) return false;
    const serviceWeights = Object.fromEntries(
      config.services.flatMap((s) => {
        const weight = readPositive(weights[s.id] ?? '');
        return weight === null ? [] : [[s.id, weight]];
      }),
    );
    const value: CallPolicy = {
      ...callPolicy,
      preferentialFirst,
      maxPreferentialInRow: maxInRow.trim() === '' ? null : Number(maxInRow),
      serviceWeights,
    };
    void save(value, t('admin.callPolicy.saved'));
    return true;
  }

  return (
    <>
      <SectionForm
        label={t('admin.nav.callPolicy')}
        saveLabel={t('admin.callPolicy.save')}
        busy={busy}
        failure={failure}
        onSubmit={submit}
      >
        <CheckField
          label={t('admin.callPolicy.preferentialFirst')}
          hint={t('admin.callPolicy.preferentialFirstHint')}
          checked={preferentialFirst}
          onChange={(checked) => (checked ? setPreferentialFirst(true) : setAskingOff(true))}
        />
        <TextField
          label={t('admin.callPolicy.maxInRow')}
          hint={t('admin.callPolicy.maxInRowHint')}
          value={maxInRow}
          maxLength={3}
          inputMode="numeric"
          className="admin-field--short"
          onChange={setMaxInRow}
          onBlur={touched.touch('max')}
          error={touched.message('max', maxProblem)}
        />
        <fieldset className="admin-group">
          <legend>{t('admin.callPolicy.weights')}</legend>
          <p className="admin-field__hint">{t('admin.callPolicy.weightsHint')}</p>
          <div className="admin-grid">
            {config.services.map((s) => (
              <TextField
                key={s.id}
                label={s.name}
                value={weights[s.id] ?? ''}
                maxLength={5}
                inputMode="decimal"
                className="admin-field--short"
                onChange={(value) => setWeights({ ...weights, [s.id]: value })}
                onBlur={touched.touch(`w.${s.id}`)}
                error={touched.show(`w.${s.id}`) ? weightProblem(s.id) : null}
              />
            ))}
          </div>
        </fieldset>
      </SectionForm>
      {askingOff ? (
        <FormDialog
          title={t('admin.callPolicy.offTitle')}
          confirmLabel={t('admin.callPolicy.offConfirm')}
          onConfirm={() => {
            setPreferentialFirst(false);
            setAskingOff(false);
          }}
          onClose={() => setAskingOff(false)}
          busy={false}
          error={null}
        >
          <p className="form-dialog__notice">{t('admin.callPolicy.offSentence')}</p>
        </FormDialog>
      ) : null}
    </>
  );
}

/** The call policy page. */
export function CallPolicyPage(): ReactNode {
  const t = useCounterT();
  return (
    <SectionPage
      title={t('admin.nav.callPolicy')}
      intro={t('admin.callPolicy.intro')}
      form={CallPolicyForm}
    />
  );
}
