import type { CivilDate, UitTable } from '@cac/shared/domain';
import { officeDayOf } from '@cac/shared/domain';
import type { ProcedureView } from '@cac/shared/protocol';
import { useHubState, useNow } from '@cac/shared/react';
import type { ComponentType, ReactNode } from 'react';
import { useId, useState } from 'react';
import type { ProcedurePanelProps } from '../clerk/procedure-slot';
import { useCounterT } from '../counter-text';
import { ActaCopyPanel } from './acta-copy-panel';
import { GeneralPanel } from './general-panel';
import { IntakePanel } from './intake-panel';
import { LicencePanel } from './licence-panel';
import { HubProcedurePortProvider } from './procedure-context';
import type { PanelEnv } from './panel-env';
import { TaxPanel } from './tax-panel';
import './procedures.css';

/** The panel of each kind of procedure of the catalog. */
export const PANELS_BY_KIND: Readonly<Record<ProcedureView['kind'], ComponentType<PanelEnv>>> = {
  general: GeneralPanel,
  'acta-copy': ActaCopyPanel,
  'business-licence': LicencePanel,
  'document-intake': IntakePanel,
  'tax-payment': TaxPanel,
};

/** Props of {@link ProcedureChooser}. */
export type ProcedureChooserProps = ProcedurePanelProps & {
  today: CivilDate;
  uitTable: UitTable;
};

/**
 * The service's procedures (from the configuration): the clerk picks one (a service with a single
 * procedure starts on it) and its panel opens below, fresh for each procedure.
 */
export function ProcedureChooser({
  ticket,
  service,
  onFinish,
  onResult,
  finishEnabled,
  today,
  uitTable,
}: ProcedureChooserProps): ReactNode {
  const t = useCounterT();
  const id = useId();
  const procedures = service.procedures;
  const [procedureId, setProcedureId] = useState(
    procedures.length === 1 ? (procedures[0]?.id ?? '') : '',
  );
  const procedure = procedures.find((candidate) => candidate.id === procedureId);
  if (procedures.length === 0) {
    return (
      <p className="procedure-slot__placeholder">
        {t('clerk.procedure.pending', { service: service.name })}
      </p>
    );
  }
  const Panel = procedure ? PANELS_BY_KIND[procedure.kind] : null;
  return (
    <div className="proc-host">
      <div className="proc-host__choice">
        <label htmlFor={`${id}-procedure`}>{t('proc.host.procedure')}</label>
        <select
          id={`${id}-procedure`}
          value={procedureId}
          onChange={(event) => setProcedureId(event.target.value)}
        >
          {procedures.length > 1 ? <option value="">{t('proc.host.choose')}</option> : null}
          {procedures.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
        <p className="proc-note proc-host__keys">{t('proc.host.keys')}</p>
      </div>
      {procedure && Panel ? (
        <Panel
          key={procedure.id}
          ticket={ticket}
          service={service}
          procedure={procedure}
          today={today}
          uitTable={uitTable}
          onFinish={onFinish}
          onResult={onResult}
          finishEnabled={finishEnabled}
        />
      ) : null}
    </div>
  );
}

/**
 * What the desk's procedure slot mounts for a service with procedures: the hub's port (unless a
 * test gives its own), the office day from the hub's clock and the UIT table from the office
 * view, then the {@link ProcedureChooser}.
 */
export function ProcedurePanelHost(props: ProcedurePanelProps): ReactNode {
  const { office, serverOffsetMs } = useHubState();
  const now = useNow(serverOffsetMs, 60_000);
  const today = officeDayOf(now, office?.timeZone ?? 'America/Lima');
  return (
    <HubProcedurePortProvider>
      <ProcedureChooser {...props} today={today} uitTable={office?.uitTable ?? {}} />
    </HubProcedurePortProvider>
  );
}
