import type { Desk } from './desk-state';

/** Everything a clerk can do from the desk, in the order the buttons appear. */
export const DESK_ACTIONS = [
  'call-next',
  'recall',
  'no-show',
  'start',
  'finish',
  'transfer',
  'call-ticket',
  'pause',
  'resume',
  'close',
] as const;
/** One of {@link DESK_ACTIONS}. */
export type DeskAction = (typeof DESK_ACTIONS)[number];

/**
 * The key of each action, shown on its button. Single letters of the Spanish verb, because F-keys
 * collide with the browser (F5 reloads, F6 and F10 take the focus away, F11 and F12 cannot always
 * be stopped) when the counter runs in a plain browser. Pausa and Reanudar share P: they are never
 * available together. Letters act only when no text field has the focus and no dialog is open.
 */
export const ACTION_KEYS: Readonly<Record<DeskAction | 'logout', string>> = {
  'call-next': 'L',
  recall: 'R',
  'no-show': 'N',
  start: 'I',
  finish: 'F',
  transfer: 'T',
  'call-ticket': 'E',
  pause: 'P',
  resume: 'P',
  close: 'C',
  logout: 'S',
};

/** What the buttons may do now. */
export type ActionAvailability = {
  enabled: ReadonlySet<DeskAction>;
  /** Seconds until "No se presentó" is allowed, while a call waits for it; else null. */
  noShowInSeconds: number | null;
};

/**
 * Which actions the desk offers, mirroring the domain's rules so the clerk never meets a refusal
 * the screen could have prevented: one ticket at a time (call only when idle), pause and close only
 * without a ticket, no-show only `noShowMinSeconds` after the latest call. Offline, nothing: a
 * command would fail anyway, and a disabled button says so before the clerk tries.
 */
export function availableActions(
  desk: Desk,
  options: { online: boolean; now: number; noShowMinSeconds: number },
): ActionAvailability {
  const enabled = new Set<DeskAction>();
  let noShowInSeconds: number | null = null;
  switch (desk.kind) {
    case 'idle':
      enabled.add('call-next').add('call-ticket').add('pause').add('close');
      break;
    case 'paused':
      enabled.add('resume').add('close');
      break;
    case 'calling': {
      enabled.add('recall').add('start').add('transfer');
      // The screen's clock ticks once a second, so right after a call it may still read a time
      // before the call: that counts as no time elapsed, not as negative time.
      const elapsedMs = Math.max(0, options.now - (desk.ticket.calledAt ?? options.now));
      const remainingMs = options.noShowMinSeconds * 1000 - elapsedMs;
      if (remainingMs <= 0) enabled.add('no-show');
      else noShowInSeconds = Math.ceil(remainingMs / 1000);
      break;
    }
    case 'serving':
      enabled.add('finish').add('transfer');
      break;
    case 'no-window':
      break;
  }
  return { enabled: options.online ? enabled : new Set(), noShowInSeconds };
}

/**
 * The action a keyboard user most likely wants after `done` succeeded; the desk moves the focus
 * there, so the usual day is Enter after Enter without hunting for buttons.
 */
export function nextActionAfter(done: DeskAction): DeskAction {
  switch (done) {
    case 'call-next':
    case 'call-ticket':
    case 'recall':
      return 'start';
    case 'start':
      return 'finish';
    case 'pause':
      return 'resume';
    default:
      return 'call-next';
  }
}

/** The action the desk offers the focus to when it appears (after opening, a reload, a restart). */
export function likelyAction(desk: Desk): DeskAction | null {
  switch (desk.kind) {
    case 'idle':
      return 'call-next';
    case 'calling':
      return 'start';
    case 'serving':
      return 'finish';
    case 'paused':
      return 'resume';
    case 'no-window':
      return null;
  }
}
