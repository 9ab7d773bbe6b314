import type { LiveState } from '@cac/shared/domain';
import type { OfficeView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { ElapsedTime } from './elapsed-time';
import type { FloorWindow } from './floor-model';
import { floorWindows } from './floor-model';
import { useCounterT } from '../counter-text';

/** Props of {@link FloorWindows}. */
export type FloorWindowsProps = {
  office: OfficeView;
  state: LiveState;
  now: number;
  onClose: (window: FloorWindow) => void;
};

/**
 * Every window: its state in words (a paused one with its reason), who holds it, the ticket it
 * holds, and how long it has been in that state, ticking; "Cerrar" for any window not closed.
 */
export function FloorWindows({ office, state, now, onClose }: FloorWindowsProps): ReactNode {
  const t = useCounterT();
  const windows = floorWindows(office, state);
  return (
    <section
      className="panel floor-panel floor-panel--windows"
      aria-labelledby="floor-windows-heading"
    >
      <h3 id="floor-windows-heading">{t('supervisor.windows.heading')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('supervisor.windows.window')}</th>
            <th scope="col">{t('supervisor.windows.state')}</th>
            <th scope="col">{t('supervisor.windows.clerk')}</th>
            <th scope="col">{t('supervisor.windows.ticket')}</th>
            <th scope="col">{t('supervisor.windows.elapsed')}</th>
            <th scope="col">{t('supervisor.windows.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {windows.map((window) => (
            <tr key={window.id} data-activity={window.activity}>
              <th scope="row">{window.name}</th>
              <td>
                <span className={`floor-state floor-state--${window.activity}`}>
                  {t(`supervisor.window.${window.activity}`)}
                </span>
                {window.pauseReason ? (
                  <span className="floor-state__detail">
                    {t('supervisor.window.pauseReason', {
                      reason: t(`supervisor.pause.${window.pauseReason}`),
                    })}
                  </span>
                ) : null}
              </td>
              <td>{window.clerkName ?? t('supervisor.none')}</td>
              <td className="data-table__number">
                {window.ticket?.number ?? t('supervisor.none')}
              </td>
              <td className="data-table__number">
                {window.elapsedFrom === null ? (
                  t('supervisor.none')
                ) : (
                  <ElapsedTime from={window.elapsedFrom} now={now} />
                )}
              </td>
              <td>
                {window.activity === 'closed' ? null : (
                  <button
                    type="button"
                    className="button floor-action"
                    aria-label={t('supervisor.window.closeNamed', { window: window.name })}
                    onClick={() => onClose(window)}
                  >
                    {t('supervisor.window.close')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
