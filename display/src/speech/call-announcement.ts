import type { CallRecord } from '@cac/shared/domain';
import { formatMessage } from '@cac/shared/i18n';
import { callKey } from '../calls/visible-calls';
import { SPOKEN_WORDS_ES } from './spoken-words.es';
import { recallUnit, ticketUnits, windowUnits } from './spoken-units';

/** Clip units said together, then a pause (the comma, the full stop). */
export type SpokenPart = { units: readonly string[]; pauseAfterMs: number };

/** One call, ready to be announced: by a speech engine (`text`) or by clips (`parts`). */
export type CallAnnouncement = {
  /** The call's identity ({@link callKey}): the same call is never announced twice. */
  key: string;
  number: string;
  windowName: string;
  callCount: number;
  /** When the hub made the call (hub clock, epoch ms). */
  at: number;
  /** "Turno erre veintitrés, ventanilla tres." — what a speech engine reads, and tests. */
  text: string;
  /** The same words as clip units; null when the ticket number cannot be cut into clips. */
  parts: readonly SpokenPart[] | null;
};

/** Pauses of a person reading the call aloud (ms). */
const AFTER_RECALL_MS = 350;
const AFTER_NUMBER_MS = 300;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The announcement of a call: "Turno erre veintitrés, ventanilla tres." — the letter by its name
 * and the number in words, because engines read "R-023" as "erre menos cero veintitrés"; a recall
 * starts with "Segundo llamado."; the window is always said.
 */
export function callAnnouncement(call: CallRecord, windowName: string): CallAnnouncement {
  const ticket = ticketUnits(call.number);
  const window = windowUnits(windowName);
  const recall = recallUnit(call.callCount);
  const params = {
    ticket: ticket ? ticket.join(' ') : call.number,
    window: window.length > 0 ? window.join(' ') : windowName,
    recall: recall ? capitalize(recall) : '',
  };
  const parts: SpokenPart[] | null =
    ticket && window.length > 0
      ? [
          ...(recall ? [{ units: [recall], pauseAfterMs: AFTER_RECALL_MS }] : []),
          { units: [SPOKEN_WORDS_ES.turn, ...ticket], pauseAfterMs: AFTER_NUMBER_MS },
          { units: window, pauseAfterMs: 0 },
        ]
      : null;
  return {
    key: callKey(call),
    number: call.number,
    windowName,
    callCount: call.callCount,
    at: call.at,
    text: formatMessage(recall ? SPOKEN_WORDS_ES.recall : SPOKEN_WORDS_ES.call, params),
    parts,
  };
}
