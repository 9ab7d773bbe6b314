import type { CommandAck, Result } from '@cac/shared/protocol';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MINUTE, MORNING, applyToHub, renderFloor } from './test-kit';

const ACCEPTED: Result<CommandAck> = { ok: true, value: { seq: 99, ticket: null, issued: null } };

function setup() {
  const user = userEvent.setup();
  const { hub } = renderFloor();
  hub.onCommand(() => ACCEPTED);
  return { user, hub };
}

describe('cancel a ticket', () => {
  it('asks for a reason, sends it, says it is done and puts the focus on the floor’s heading', async () => {
    const { user, hub } = setup();
    const opener = screen.getByRole('button', { name: 'Anular el ticket R-003' });
    await user.click(opener);

    const dialog = screen.getByRole('dialog', { name: 'Anular el ticket R-003' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByText(/sale de la cola de Registro Civil/)).toBeInTheDocument();
    const reason = within(dialog).getByLabelText('Motivo (obligatorio)');
    expect(reason).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Anular ticket' }));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Escriba un motivo de al menos 3 caracteres.');
    expect(hub.commands).toEqual([]);

    await user.type(reason, '  Se retiró de la oficina ');
    await user.click(within(dialog).getByRole('button', { name: 'Anular ticket' }));

    // The dialog closes once the hub has answered.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(hub.commands).toEqual([
      {
        name: 'ticket:cancel',
        payload: { ticketId: 'registro-civil-3', reason: 'Se retiró de la oficina' },
      },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Ticket R-003 anulado.');
    // The real hub acknowledges before it broadcasts, so the ticket's row (and its button) is
    // still there when the dialog closes, and goes a moment later: the focus must not follow it.
    expect(screen.getByRole('heading', { name: 'Supervisión de la sala' })).toHaveFocus();
  });

  it('confirms with Enter in the reason field; Shift+Enter only breaks the line', async () => {
    const { user, hub } = setup();
    await user.click(screen.getByRole('button', { name: 'Anular el ticket R-003' }));
    await user.keyboard('Se retiró{Shift>}{Enter}{/Shift}sin esperar');
    expect(hub.commands).toEqual([]);
    expect(screen.getByLabelText('Motivo (obligatorio)')).toHaveValue('Se retiró\nsin esperar');
    await user.keyboard('{Enter}');

    expect(hub.commands).toEqual([
      {
        name: 'ticket:cancel',
        payload: { ticketId: 'registro-civil-3', reason: 'Se retiró\nsin esperar' },
      },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Ticket R-003 anulado.');
  });

  it('keeps the dialog open when Enter comes with too short a reason', async () => {
    const { user, hub } = setup();
    await user.click(screen.getByRole('button', { name: 'Anular el ticket R-003' }));
    await user.keyboard('no{Enter}');
    expect(hub.commands).toEqual([]);
    expect(screen.getByLabelText('Motivo (obligatorio)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('puts focus on the floor’s heading when the ticket’s row is gone', async () => {
    const { user, hub } = setup();
    // As the real hub does: the event reaches the client before the acknowledgement.
    hub.onCommand(() => {
      applyToHub(hub, [
        {
          type: 'ticket:cancelled',
          at: MORNING + 10 * MINUTE,
          ticketId: 'registro-civil-3',
          reason: null,
        },
      ]);
      return ACCEPTED;
    });
    await user.click(screen.getByRole('button', { name: 'Anular el ticket R-003' }));
    await user.type(screen.getByLabelText('Motivo (obligatorio)'), 'Se retiró');
    await user.click(screen.getByRole('button', { name: 'Anular ticket' }));

    expect(
      screen.queryByRole('button', { name: 'Anular el ticket R-003' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Supervisión de la sala' })).toHaveFocus();
  });

  it('closes with Escape or "Volver" without sending anything, and keeps Tab inside', async () => {
    const { user, hub } = setup();
    const opener = screen.getByRole('button', { name: 'Anular el ticket R-002' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog');
    const reason = within(dialog).getByLabelText('Motivo (obligatorio)');

    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Volver' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Anular ticket' })).toHaveFocus();
    await user.tab();
    expect(reason).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Anular ticket' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Volver' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(hub.commands).toEqual([]);
  });

  it('shows the hub’s refusal in the dialog and stays open', async () => {
    const { user, hub } = setup();
    const refusal = 'El ticket R-002 ya fue llamado: no se puede anular.';
    hub.onCommand(() => ({ ok: false, error: { code: 'ILLEGAL_TRANSITION', message: refusal } }));
    await user.click(screen.getByRole('button', { name: 'Anular el ticket R-002' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Motivo (obligatorio)'), 'Se fue');
    await user.click(within(dialog).getByRole('button', { name: 'Anular ticket' }));

    expect(within(dialog).getByRole('alert')).toHaveTextContent(refusal);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('says when the ticket left the queue meanwhile, and offers nothing to confirm', async () => {
    const { user, hub } = setup();
    await user.click(screen.getByRole('button', { name: 'Anular el ticket R-003' }));
    act(() =>
      applyToHub(hub, [
        {
          type: 'ticket:called',
          at: MORNING + 10 * MINUTE,
          ticketId: 'registro-civil-3',
          windowId: 'ventanilla-2',
          reason: 'pedido',
        },
      ]),
    );
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByText(
        'El ticket R-003 ya no está en espera: lo llamaron o salió de la cola.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Anular ticket' })).toBeDisabled();
  });
});

describe('move a waiting ticket', () => {
  it('sends it to the chosen service with the note; it keeps its place', async () => {
    const { user, hub } = setup();
    await user.click(screen.getByRole('button', { name: 'Mover el ticket R-002' }));
    const dialog = screen.getByRole('dialog', { name: 'Mover el ticket R-002' });
    expect(within(dialog).getByText(/no pierde su lugar/)).toBeInTheDocument();
    const target = within(dialog).getByLabelText('Mover a');
    expect(target).toHaveFocus();
    expect(
      within(target)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Licencias de Funcionamiento', 'Tributos (SAT)']);

    await user.selectOptions(target, 'Tributos (SAT)');
    await user.type(within(dialog).getByLabelText('Nota (opcional)'), 'Vino a pagar arbitrios');
    await user.click(within(dialog).getByRole('button', { name: 'Mover ticket' }));

    expect(hub.commands).toEqual([
      {
        name: 'ticket:transfer',
        payload: {
          ticketId: 'registro-civil-2',
          to: { serviceId: 'tributos' },
          note: 'Vino a pagar arbitrios',
        },
      },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Ticket R-002 movido a Tributos (SAT).');
  });

  it('confirms with Enter on the chosen service, as from the note', async () => {
    const { user, hub } = setup();
    await user.click(screen.getByRole('button', { name: 'Mover el ticket R-002' }));
    expect(screen.getByLabelText('Mover a')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(hub.commands).toEqual([
      {
        name: 'ticket:transfer',
        payload: { ticketId: 'registro-civil-2', to: { serviceId: 'licencias' } },
      },
    ]);
  });

  it('sends no note when none was written', async () => {
    const { user, hub } = setup();
    await user.click(screen.getByRole('button', { name: 'Mover el ticket T-001' }));
    await user.click(screen.getByRole('button', { name: 'Mover ticket' }));
    expect(hub.commands).toEqual([
      {
        name: 'ticket:transfer',
        payload: { ticketId: 'tributos-1', to: { serviceId: 'registro-civil' } },
      },
    ]);
  });
});

describe('close a window whose clerk left', () => {
  it('first sends the ticket it holds back to its own queue, then closes with the reason', async () => {
    const { user, hub } = setup();
    await user.click(screen.getByRole('button', { name: 'Cerrar Ventanilla 1' }));
    const dialog = screen.getByRole('dialog', { name: 'Cerrar Ventanilla 1' });
    expect(within(dialog).getByText(/A cargo de Ana Quispe Huamán/)).toBeInTheDocument();
    expect(within(dialog).getByText(/La ventanilla llamó al ticket R-001/)).toBeInTheDocument();
    const target = within(dialog).getByLabelText('Enviar el ticket R-001 a');
    expect(target).toHaveDisplayValue('La cola de Registro Civil (conserva su lugar)');

    await user.type(within(dialog).getByLabelText('Motivo (obligatorio)'), 'Se retiró sin cerrar');
    await user.click(within(dialog).getByRole('button', { name: 'Cerrar ventanilla' }));

    expect(hub.commands).toEqual([
      {
        name: 'ticket:transfer',
        payload: {
          ticketId: 'registro-civil-1',
          to: { serviceId: 'registro-civil' },
          note: 'Se retiró sin cerrar',
        },
      },
      {
        name: 'window:close',
        payload: { windowId: 'ventanilla-1', reason: 'Se retiró sin cerrar' },
      },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Ventanilla 1 cerrada. El ticket R-001 volvió a la cola de Registro Civil.',
    );
  });

  it('does not close the window when the hub refuses to move its ticket', async () => {
    const { user, hub } = setup();
    hub.onCommand((name) =>
      name === 'ticket:transfer'
        ? {
            ok: false,
            error: {
              code: 'TRANSFER_TARGET_INVALID',
              message: 'No se puede transferir el ticket a ese destino.',
            },
          }
        : ACCEPTED,
    );
    await user.click(screen.getByRole('button', { name: 'Cerrar Ventanilla 1' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Motivo (obligatorio)'), 'Se retiró');
    await user.click(within(dialog).getByRole('button', { name: 'Cerrar ventanilla' }));

    expect(hub.commands.map((command) => command.name)).toEqual(['ticket:transfer']);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'No se puede transferir el ticket a ese destino.',
    );
  });

  it('closes a paused window that holds nothing with one command, by keyboard alone', async () => {
    const { user, hub } = setup();
    screen.getByRole('button', { name: 'Cerrar Ventanilla 2' }).focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Cerrar Ventanilla 2' });
    expect(within(dialog).queryByRole('combobox')).not.toBeInTheDocument();
    await user.keyboard('Refrigerio prolongado');
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');

    expect(hub.commands).toEqual([
      {
        name: 'window:close',
        payload: { windowId: 'ventanilla-2', reason: 'Refrigerio prolongado' },
      },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Ventanilla 2 cerrada.');
  });
});
