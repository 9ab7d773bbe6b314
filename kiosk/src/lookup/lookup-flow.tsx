import { useHubState, useNow } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { LookupKeyScreen } from './lookup-key-screen';
import { officeYear } from './lookup-entry';
import { LookupNumberScreen } from './lookup-number-screen';
import { LookupProblemScreen } from './lookup-problem-screen';
import { LookupResultScreen } from './lookup-result-screen';
import { useExpedienteLookup } from './use-expediente-lookup';
import './lookup.css';

/** Props of {@link LookupFlow}. */
export type LookupFlowProps = {
  /** "Volver" on the first step: Home, same citizen (language and voice kept). */
  onBack: () => void;
  /** The citizen is done (or walked away): Home, afresh. */
  onDone: () => void;
};

/**
 * "Consultar mi trámite": the number, the key, then the expediente or why it could not be shown.
 * Reached from Home; the kiosk's idle time brings it back to Home (see `App`).
 */
export function LookupFlow({ onBack, onDone }: LookupFlowProps): ReactNode {
  const { office, serverOffsetMs } = useHubState();
  const now = useNow(serverOffsetMs);
  // The year of the office's clock when the screen opened; it must not move under the citizen.
  const [currentYear] = useState(() => officeYear(now, office?.timeZone ?? 'America/Lima'));
  const lookup = useExpedienteLookup(currentYear);
  const { step, entry } = lookup;
  switch (step.kind) {
    case 'number':
      return (
        <LookupNumberScreen
          entry={entry}
          years={lookup.years}
          onDigits={lookup.setDigits}
          onYear={lookup.setYear}
          onNext={lookup.toKey}
          onBack={onBack}
        />
      );
    case 'key':
    case 'searching':
      return (
        <LookupKeyScreen
          entry={entry}
          searching={step.kind === 'searching'}
          onKey={lookup.setKey}
          onSearch={lookup.search}
          onBack={lookup.toNumber}
        />
      );
    case 'found':
      return <LookupResultScreen expediente={step.expediente} onHome={onDone} />;
    default:
      return (
        <LookupProblemScreen
          problem={step.kind}
          entry={entry}
          onFixNumber={lookup.toNumber}
          onFixKey={lookup.toKey}
          onRetry={lookup.search}
          onHome={onDone}
        />
      );
  }
}
