import type { LiveState, OfficeRules } from '@cac/shared/domain';
import type { OfficeView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { CallTicketDialog } from './call-ticket-dialog';
import { CloseWindowDialog } from './close-window-dialog';
import { callableTickets } from './desk-queues';
import { FinishDialog } from './finish-dialog';
import { PauseDialog } from './pause-dialog';
import { TransferDialog } from './transfer-dialog';
import type { DeskModel } from './use-desk';

/** Props of {@link DeskDialogs}. */
export type DeskDialogsProps = {
  model: DeskModel;
  state: LiveState;
  office: OfficeView;
  rules: OfficeRules;
};

/** The dialog the desk has open, if any; its action is disabled offline or while one is sent. */
export function DeskDialogs({ model, state, office, rules }: DeskDialogsProps): ReactNode {
  const { desk, dialog, submit, closeDialog, now } = model;
  const disabled = !model.online || model.busy;
  if (desk.kind === 'no-window' || dialog === null) return null;
  const ticket = desk.kind === 'calling' || desk.kind === 'serving' ? desk.ticket : null;
  switch (dialog) {
    case 'finish':
      return ticket ? (
        <FinishDialog
          ticket={ticket}
          service={office.services.find((service) => service.id === ticket.serviceId)}
          disabled={disabled}
          onClose={closeDialog}
          onSubmit={submit.finish}
          request={model.finishRequest}
        />
      ) : null;
    case 'transfer':
      return ticket ? (
        <TransferDialog
          ticket={ticket}
          office={office}
          state={state}
          windowId={desk.window.id}
          disabled={disabled}
          onClose={closeDialog}
          onSubmit={submit.transfer}
        />
      ) : null;
    case 'call-ticket':
      return (
        <CallTicketDialog
          tickets={callableTickets(state, desk.window, rules.callPolicy, now)}
          services={office.services}
          now={now}
          disabled={disabled}
          onClose={closeDialog}
          onSubmit={submit.callTicket}
        />
      );
    case 'pause':
      return <PauseDialog disabled={disabled} onClose={closeDialog} onSubmit={submit.pause} />;
    case 'close':
      return (
        <CloseWindowDialog disabled={disabled} onClose={closeDialog} onSubmit={submit.close} />
      );
  }
}
