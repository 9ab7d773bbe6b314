import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useCounterT } from '../counter-text';
import type { DeskAction } from './desk-actions';
import { ACTION_KEYS } from './desk-actions';
import { ShortcutButton } from './shortcut-button';

/** Props of {@link DeskActionsBar}. */
export type DeskActionsBarProps = {
  enabled: ReadonlySet<DeskAction>;
  /** The window is paused: the pause button offers "Reanudar" (same key). */
  paused: boolean;
  onAction: (action: DeskAction) => void;
  /** An action whose button should get the focus as soon as it is enabled (then `onFocused`). */
  focusRequest: DeskAction | null;
  onFocused: () => void;
};

/** Rows of three: calling, serving, the window. */
const LAYOUT: readonly (DeskAction | 'pause-or-resume')[] = [
  'call-next',
  'recall',
  'no-show',
  'start',
  'finish',
  'transfer',
  'call-ticket',
  'pause-or-resume',
  'close',
];

/** The desk's buttons, each with its key. */
export function DeskActionsBar({
  enabled,
  paused,
  onAction,
  focusRequest,
  onFocused,
}: DeskActionsBarProps): ReactNode {
  const t = useCounterT();
  const buttons = useRef(new Map<DeskAction, HTMLButtonElement>());

  useEffect(() => {
    // The requested button may still be disabled until the hub's event arrives; this runs again
    // when `enabled` changes.
    if (focusRequest === null || !enabled.has(focusRequest)) return;
    buttons.current.get(focusRequest)?.focus();
    onFocused();
  }, [focusRequest, enabled, onFocused]);

  return (
    <div className="desk-actions" role="group" aria-labelledby="actions-heading">
      <h2 id="actions-heading" className="visually-hidden">
        {t('clerk.actions.heading')}
      </h2>
      {LAYOUT.map((slot) => {
        const action: DeskAction =
          slot === 'pause-or-resume' ? (paused ? 'resume' : 'pause') : slot;
        return (
          <ShortcutButton
            key={slot}
            label={t(`clerk.action.${action}`)}
            keyLabel={ACTION_KEYS[action]}
            disabled={!enabled.has(action)}
            onClick={() => onAction(action)}
            variant={action === 'call-next' ? 'primary' : 'plain'}
            dataAction={action}
            buttonRef={(element) => {
              if (element) buttons.current.set(action, element);
              else buttons.current.delete(action);
            }}
          />
        );
      })}
    </div>
  );
}
