import type { LiveState, OfficeRules, PauseReason, TransferTarget } from '@cac/shared/domain';
import type { CommandAck } from '@cac/shared/protocol';
import { useHubState, useNow } from '@cac/shared/react';
import { useCallback, useState } from 'react';
import { useCounterT } from '../counter-text';
import type { SessionStore } from '../staff-session';
import type { ActionAvailability, DeskAction } from './desk-actions';
import { availableActions, likelyAction, nextActionAfter } from './desk-actions';
import type { Desk } from './desk-state';
import type { FinishRequest } from './procedure-slot';
import { deskOf } from './desk-state';
import type { ServedEnd, ServedEntry } from './served-log';
import { useDeskCommand } from './use-desk-command';
import { useServedLog } from './use-served-log';

/** The desk's dialogs. */
export type DialogKind = 'finish' | 'transfer' | 'call-ticket' | 'pause' | 'close';

/** What the dialogs send; each resolves with the sentence to show, or null when done. */
export type DeskSubmissions = {
  finish(outcome: string, note: string): Promise<string | null>;
  transfer(to: TransferTarget, note: string): Promise<string | null>;
  callTicket(ticketId: string, reason: string): Promise<string | null>;
  pause(reason: PauseReason): Promise<string | null>;
  close(): Promise<string | null>;
};

/** Everything the desk shows and does. */
export type DeskModel = {
  desk: Desk;
  /** Hub time, ticking each second. */
  now: number;
  online: boolean;
  /** A command waits for the hub's answer. */
  busy: boolean;
  availability: ActionAvailability;
  /** The actions offered right now (none while offline or busy). */
  enabled: ReadonlySet<DeskAction>;
  /** The last refusal to show under the actions, or null. */
  error: string | null;
  /** The dialog on screen, or null. */
  dialog: DialogKind | null;
  /** What a procedure panel asked "Finalizar" to start with (outcome, link), or null. */
  finishRequest: FinishRequest | null;
  /** A procedure panel is done: opens "Finalizar" with its outcome and link. */
  finishWith(request: FinishRequest): void;
  /**
   * A procedure panel produced something for the ticket at the window: "Finalizar" (F or the
   * button) starts with its outcome and link from now on, not only from the panel's own button.
   */
  rememberResult(request: FinishRequest): void;
  closeDialog(): void;
  /** The action whose button should take the focus next (see `nextActionAfter`). */
  focusRequest: DeskAction | null;
  clearFocusRequest(): void;
  served: readonly ServedEntry[];
  act(action: DeskAction): void;
  submit: DeskSubmissions;
  signOut(): void;
};

type OpenDialog = { kind: DialogKind; ticketId: string | null; finish?: FinishRequest };

const NOTHING: ReadonlySet<DeskAction> = new Set();

/** The hub's time now, for records made when an answer arrives (outside rendering). */
function hubNow(offsetMs: number): number {
  return Date.now() + offsetMs;
}

/**
 * Whether an open dialog still makes sense for the desk as the hub now sees it: a dialog about a
 * ticket that left the window (a supervisor moved it) goes away by itself instead of acting on
 * the next ticket.
 */
function dialogFits(open: OpenDialog, desk: Desk): boolean {
  switch (open.kind) {
    case 'finish':
      return desk.kind === 'serving' && desk.ticket.id === open.ticketId;
    case 'transfer':
      return (
        (desk.kind === 'calling' || desk.kind === 'serving') && desk.ticket.id === open.ticketId
      );
    case 'call-ticket':
    case 'pause':
      return desk.kind === 'idle';
    case 'close':
      return desk.kind === 'idle' || desk.kind === 'paused';
  }
}

/**
 * The desk's behaviour over the synced state: which actions are offered, sending them one at a
 * time, the dialogs, where the focus goes next, the session's served list, and signing out (which
 * closes the window first).
 */
export function useDesk(options: {
  userId: string;
  state: LiveState;
  rules: OfficeRules;
  store: SessionStore | null;
  onSignOut: () => void;
}): DeskModel {
  const { userId, state, rules, store, onSignOut } = options;
  const { status, serverOffsetMs } = useHubState();
  const t = useCounterT();
  const now = useNow(serverOffsetMs, 1000);
  const command = useDeskCommand();
  const [error, setError] = useState<string | null>(null);
  const [openDialog, setOpenDialog] = useState<OpenDialog | null>(null);
  const desk = deskOf(state, userId);
  // Enter alone then works from the start: the likely action has the focus when the desk appears.
  const [focusRequest, setFocusRequest] = useState<DeskAction | null>(() => likelyAction(desk));
  const [served, addServed] = useServedLog(store, userId, state.officeDay);
  const [panelResult, setPanelResult] = useState<{
    ticketId: string;
    request: FinishRequest;
  } | null>(null);
  const clearFocusRequest = useCallback(() => setFocusRequest(null), []);

  const online = status === 'online';
  const availability = availableActions(desk, {
    online,
    now,
    noShowMinSeconds: rules.noShowMinSeconds,
  });
  const enabled = command.busy ? NOTHING : availability.enabled;
  const ticket = desk.kind === 'calling' || desk.kind === 'serving' ? desk.ticket : null;
  const windowId = desk.kind === 'no-window' ? null : desk.window.id;

  /**
   * Sends one command of `action`. On success: runs `after`, closes any dialog and moves the focus
   * on. Resolves with the sentence to show, or null.
   */
  async function send(
    action: DeskAction,
    run: () => ReturnType<typeof command.run>,
    after?: (ack: CommandAck) => void,
  ): Promise<string | null> {
    setError(null);
    const result = await run();
    if (result === null) return null;
    if (!result.ok) return result.error;
    after?.(result.value);
    setOpenDialog(null);
    setFocusRequest(nextActionAfter(action));
    return null;
  }

  /** Puts the ticket that just left the window on the session's list. */
  function recordEnd(end: ServedEnd, ack: CommandAck): void {
    if (!ticket) return;
    const endedAt =
      end.kind === 'transferred'
        ? hubNow(serverOffsetMs)
        : (ack.ticket?.finishedAt ?? hubNow(serverOffsetMs));
    addServed({
      ticketId: ticket.id,
      number: ticket.number,
      serviceId: ticket.serviceId,
      end,
      endedAt,
      serviceMs: ticket.startedAt === null ? null : endedAt - ticket.startedAt,
    });
  }

  function showError(message: string | null): void {
    if (message) setError(message);
  }

  function act(action: DeskAction): void {
    if (!enabled.has(action) || windowId === null) return;
    const ticketId = ticket?.id ?? '';
    switch (action) {
      case 'call-next':
        void send(action, () => command.run('ticket:call-next', { windowId })).then(showError);
        return;
      case 'recall':
        void send(action, () => command.run('ticket:recall', { ticketId })).then(showError);
        return;
      case 'no-show':
        void send(
          action,
          () => command.run('ticket:no-show', { ticketId }),
          (ack) => recordEnd({ kind: 'no-show' }, ack),
        ).then(showError);
        return;
      case 'start':
        void send(action, () => command.run('ticket:start', { ticketId })).then(showError);
        return;
      case 'resume':
        void send(action, () => command.run('window:resume', { windowId })).then(showError);
        return;
      case 'finish': {
        setError(null);
        const remembered = panelResult?.ticketId === ticket?.id ? panelResult?.request : undefined;
        setOpenDialog({
          kind: action,
          ticketId: ticket?.id ?? null,
          ...(remembered ? { finish: remembered } : {}),
        });
        return;
      }
      case 'transfer':
      case 'call-ticket':
      case 'pause':
      case 'close':
        setError(null);
        setOpenDialog({ kind: action, ticketId: ticket?.id ?? null });
        return;
    }
  }

  async function signOut(): Promise<void> {
    if (command.busy || windowId === null || !online) return;
    if (ticket) {
      setError(t('clerk.desk.holdingTicket', { number: ticket.number }));
      return;
    }
    setError(null);
    const result = await command.run('window:close', { windowId });
    if (result === null) return;
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onSignOut();
  }

  function finishWith(request: FinishRequest): void {
    if (!enabled.has('finish')) return;
    setError(null);
    setOpenDialog({ kind: 'finish', ticketId: ticket?.id ?? null, finish: request });
  }

  const ticketId = ticket?.id ?? '';
  const rememberResult = useCallback(
    (request: FinishRequest) => {
      if (ticketId) setPanelResult({ ticketId, request });
    },
    [ticketId],
  );
  // The link a procedure panel produced goes with the finish (the hub keeps it for reports).
  const result = openDialog?.kind === 'finish' ? (openDialog.finish?.result ?? null) : null;
  const submit: DeskSubmissions = {
    finish: (outcome, note) =>
      send(
        'finish',
        () =>
          command.run('ticket:finish', {
            ticketId,
            outcome,
            ...(note ? { note } : {}),
            ...(result ? { result } : {}),
          }),
        (ack) => recordEnd({ kind: 'done', outcome }, ack),
      ),
    transfer: (to, note) =>
      send(
        'transfer',
        () => command.run('ticket:transfer', note ? { ticketId, to, note } : { ticketId, to }),
        (ack) => recordEnd({ kind: 'transferred', to }, ack),
      ),
    callTicket: (chosen, reason) =>
      send('call-ticket', () =>
        command.run('ticket:call', { windowId: windowId ?? '', ticketId: chosen, reason }),
      ),
    pause: (reason) =>
      send('pause', () => command.run('window:pause', { windowId: windowId ?? '', reason })),
    close: () => send('close', () => command.run('window:close', { windowId: windowId ?? '' })),
  };

  return {
    desk,
    now,
    online,
    busy: command.busy,
    availability,
    enabled,
    error,
    dialog: openDialog && dialogFits(openDialog, desk) ? openDialog.kind : null,
    finishRequest: openDialog?.kind === 'finish' ? (openDialog.finish ?? null) : null,
    finishWith,
    rememberResult,
    closeDialog: () => setOpenDialog(null),
    focusRequest,
    clearFocusRequest,
    served,
    act,
    submit,
    signOut: () => void signOut(),
  };
}
