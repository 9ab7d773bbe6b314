import type { UitTable } from '@cac/shared/domain';
import { useLanguage } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import type { CatalogFee } from './fee-text';
import { feeText } from './fee-text';

/** Props of {@link FeeLine}. */
export type FeeLineProps = {
  fee: CatalogFee;
  year: number;
  uitTable: UitTable;
  /** The fee is waived (the first birth copy): shows "Gratuito" and why. */
  waivedBecause?: string | null;
  timeLimitWorkingDays?: number | null;
};

/** "Derecho de trámite: S/ 11.00" and, when the procedure has one, its legal time limit. */
export function FeeLine({
  fee,
  year,
  uitTable,
  waivedBecause = null,
  timeLimitWorkingDays = null,
}: FeeLineProps): ReactNode {
  const t = useCounterT();
  const language = useLanguage();
  const shown = waivedBecause
    ? { ok: true, text: t('proc.fee.free') }
    : feeText(fee, year, uitTable, t, language);
  return (
    <div className="proc-fee">
      <p>
        {t('proc.fee.label')}:{' '}
        <strong className={shown.ok ? undefined : 'proc-field__error'}>{shown.text}</strong>
        {waivedBecause ? <span className="proc-note"> — {waivedBecause}</span> : null}
      </p>
      {timeLimitWorkingDays !== null ? (
        <p>{t('proc.timeLimit', { days: timeLimitWorkingDays })}</p>
      ) : null}
    </div>
  );
}
