import type { OfficeView } from '@cac/shared/protocol';
import { useLanguage } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import type { CounterTranslate } from '../counter-text';
import { formatElapsed } from './elapsed';
import { officeTime } from './office-time';
import type { ServedEntry } from './served-log';

/** Props of {@link ServedList}. */
export type ServedListProps = {
  entries: readonly ServedEntry[];
  office: OfficeView;
};

/** How many of the newest entries fit the column at 1366×768 without a scroll bar. */
const SHOWN = 9;

function endText(entry: ServedEntry, office: OfficeView, t: CounterTranslate): string {
  const { end } = entry;
  if (end.kind === 'no-show') return t('clerk.served.noShow');
  if (end.kind === 'done') {
    const service = office.services.find((candidate) => candidate.id === entry.serviceId);
    return service?.outcomes.find((outcome) => outcome.code === end.outcome)?.label ?? end.outcome;
  }
  const to = end.to;
  const target =
    'serviceId' in to
      ? office.services.find((service) => service.id === to.serviceId)?.name
      : office.windows.find((window) => window.id === to.windowId)?.name;
  return t('clerk.served.transferred', {
    target: target ?? ('serviceId' in to ? to.serviceId : to.windowId),
  });
}

/** "Atendidos en esta sesión": how many, and the newest with how each ended and how long it took. */
export function ServedList({ entries, office }: ServedListProps): ReactNode {
  const t = useCounterT();
  const language = useLanguage();
  return (
    <section className="panel served" aria-labelledby="served-heading">
      <h2 id="served-heading">
        {t('clerk.served.heading')}{' '}
        <span className="served__count">
          ({t('clerk.served.count', { count: entries.length })})
        </span>
      </h2>
      {entries.length === 0 ? (
        <p className="served__empty">{t('clerk.served.empty')}</p>
      ) : (
        <ol className="served__list">
          {entries.slice(0, SHOWN).map((entry) => (
            <li key={entry.ticketId} className="served__item" data-end={entry.end.kind}>
              <span className="served__number">{entry.number}</span>
              <span className="served__end">{endText(entry, office, t)}</span>
              <span className="served__times">
                {entry.serviceMs === null
                  ? officeTime(entry.endedAt, office.timeZone, language)
                  : t('clerk.served.times', {
                      time: officeTime(entry.endedAt, office.timeZone, language),
                      duration: formatElapsed(entry.serviceMs),
                    })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
