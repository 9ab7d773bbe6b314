import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { FeeLine } from './fee-line';
import { OUTCOME_PREFERENCES, suggestOutcome } from './outcome-choice';
import type { PanelEnv } from './panel-env';
import { RequirementsChecklist, toggled } from './requirements-checklist';

/** A procedure without its own panel: the requirements to go through, the fee, and finish. */
export function GeneralPanel(env: PanelEnv): ReactNode {
  const { procedure, service, today, uitTable } = env;
  const t = useCounterT();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  return (
    <div className="proc-form">
      <p className="proc-note">{t('proc.general.intro')}</p>
      <RequirementsChecklist
        requirements={procedure.requirements}
        checked={checked}
        onToggle={(requirement) => setChecked((set) => toggled(set, requirement))}
      />
      <FeeLine
        fee={procedure.fee}
        year={Number(today.slice(0, 4))}
        uitTable={uitTable}
        timeLimitWorkingDays={procedure.timeLimitWorkingDays}
      />
      <div className="proc-result__finish">
        <button
          type="button"
          className="button button--primary"
          disabled={!env.finishEnabled}
          onClick={() =>
            env.onFinish({
              outcome: suggestOutcome(service.outcomes, OUTCOME_PREFERENCES.done),
              result: null,
            })
          }
        >
          {t('proc.finish')}
        </button>
      </div>
    </div>
  );
}
