import type { DomainEvent } from '@cac/shared/domain';
import { act, screen, waitFor, within } from '@testing-library/react';
import { clerkSnapshot, sampleRecord } from '../test-support/clerk-office';
import { renderClerk } from '../test-support/render-clerk';
import type { ProcedurePanelProps } from './procedure-slot';

function action(name: string): HTMLElement {
  return within(screen.getByRole('group', { name: 'Acciones' })).getByRole('button', { name });
}

function current(): HTMLElement {
  return screen.getByRole('region', { name: 'Ticket actual' });
}

function commandNames(hub: { commands: readonly { name: string }[] }): string[] {
  return hub.commands.map((command) => command.name);
}

describe('the clerk desk', () => {
  it('shows my window, my queues, the call rule, the ticket with its timer and every action with its key', () => {
    renderClerk();

    expect(screen.getByRole('heading', { level: 1, name: 'Ventanilla 1' })).toBeInTheDocument();
    expect(screen.getByText('Atiende: Registro Civil')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Conectado');

    // R-002 (adulto mayor, arrived 09:02) and R-003 wait; it is 09:10 on the hub.
    const queue = within(screen.getByRole('region', { name: 'Mis colas' })).getByRole('listitem', {
      name: 'Registro Civil',
    });
    expect(queue).toHaveTextContent('En espera2');
    expect(queue).toHaveTextContent('Preferenciales1');
    expect(queue).toHaveTextContent('Espera mayor8 min');
    expect(screen.getByRole('region', { name: 'Orden de llamada' })).toHaveTextContent(
      /^Orden de llamadaSe llama primero a gestantes, adultos mayores, personas con discapacidad y personas con niños en brazos; luego por orden de llegada/,
    );

    expect(within(current()).getByTestId('current-number')).toHaveTextContent('R-001');
    expect(current()).toHaveTextContent('LlamandoLlamado 1 vez');
    // Called at 09:06: four minutes ago.
    expect(within(current()).getByRole('timer', { name: 'Desde el llamado' })).toHaveTextContent(
      /^04:0\d$/,
    );

    const keys = within(screen.getByRole('group', { name: 'Acciones' }))
      .getAllByRole('button')
      .map((button) => [button.textContent, button.getAttribute('aria-keyshortcuts')]);
    expect(keys).toEqual([
      ['Llamar siguienteL', 'L'],
      ['RellamarR', 'R'],
      ['No se presentóN', 'N'],
      ['Iniciar atenciónI', 'I'],
      ['FinalizarF', 'F'],
      ['TransferirT', 'T'],
      ['Llamar ticket específicoE', 'E'],
      ['PausaP', 'P'],
      ['Cerrar ventanillaC', 'C'],
    ]);
    // Holding R-001: no second call, no pause, no closing.
    expect(action('Llamar siguiente')).toBeDisabled();
    expect(action('Llamar ticket específico')).toBeDisabled();
    expect(action('Pausa')).toBeDisabled();
    expect(action('Cerrar ventanilla')).toBeDisabled();
    expect(action('Rellamar')).toBeEnabled();
    expect(action('Finalizar')).toBeDisabled();
    // Enter alone would start the attention.
    expect(action('Iniciar atención')).toHaveFocus();
    expect(
      screen.getByRole('region', { name: 'Atendidos en esta sesión (0 tickets)' }),
    ).toHaveTextContent('Todavía no atendió a nadie en esta sesión.');
  });

  it('works a whole ticket with the keyboard: recall, start, finish with an outcome and a note, call the next', async () => {
    const { hub, user } = renderClerk();

    await user.keyboard('r');
    await waitFor(() => expect(current()).toHaveTextContent('Llamado 2 veces'));
    expect(hub.commands.at(-1)).toEqual({
      name: 'ticket:recall',
      payload: { ticketId: 'registro-civil-1' },
    });
    // After a call, the next likely step has the focus.
    expect(action('Iniciar atención')).toHaveFocus();

    await user.keyboard('i');
    await waitFor(() => expect(current()).toHaveTextContent('En atención'));
    expect(within(current()).getByRole('timer', { name: 'Tiempo de atención' })).toHaveTextContent(
      /^00:0\d$/,
    );
    expect(action('Finalizar')).toHaveFocus();

    await user.keyboard('f');
    const dialog = screen.getByRole('dialog', { name: 'Finalizar la atención de R-001' });
    expect(within(dialog).getByRole('radio', { name: 'Atendido' })).toHaveFocus();
    await user.keyboard('2');
    expect(
      within(dialog).getByRole('radio', { name: 'Observado: faltan requisitos' }),
    ).toBeChecked();
    await user.tab();
    await user.keyboard('Falta DNI del titular{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(hub.commands.at(-1)).toEqual({
      name: 'ticket:finish',
      payload: {
        ticketId: 'registro-civil-1',
        outcome: 'observado',
        note: 'Falta DNI del titular',
      },
    });
    expect(current()).toHaveTextContent('Ventanilla libre.');
    const served = screen.getByRole('region', { name: 'Atendidos en esta sesión (1 ticket)' });
    expect(within(served).getByRole('listitem')).toHaveTextContent(
      /^R-001Observado: faltan requisitos\d\d:\d\d · atención 00:0\d$/,
    );
    expect(action('Llamar siguiente')).toHaveFocus();

    // The policy calls the preferential R-002 before R-003.
    await user.keyboard('l');
    await waitFor(() =>
      expect(within(current()).getByTestId('current-number')).toHaveTextContent('R-002'),
    );
    expect(current()).toHaveTextContent('Preferencial: adulto mayor');
    expect(commandNames(hub)).toEqual([
      'ticket:recall',
      'ticket:start',
      'ticket:finish',
      'ticket:call-next',
    ]);
  });

  it('offers "No se presentó" only once the configured seconds have passed since the call', async () => {
    const { hub, user } = renderClerk();
    // Free the window first: R-001 was called four minutes ago, so it may be marked at once.
    await user.keyboard('n');
    await waitFor(() => expect(current()).toHaveTextContent('Ventanilla libre.'));
    expect(screen.getByRole('region', { name: /Atendidos en esta sesión/ })).toHaveTextContent(
      'R-001No se presentó',
    );

    await user.keyboard('l');
    await waitFor(() => expect(current()).toHaveTextContent('R-002'));
    expect(action('No se presentó')).toBeDisabled();
    expect(current()).toHaveTextContent(
      '«No se presentó» se habilita en 30 segundos, por si la persona está en camino.',
    );
    await user.keyboard('n');
    expect(commandNames(hub)).toEqual(['ticket:no-show', 'ticket:call-next']);

    act(() => hub.advance(30_000));
    await waitFor(() => expect(action('No se presentó')).toBeEnabled());
    await user.keyboard('n');
    await waitFor(() => expect(current()).toHaveTextContent('Ventanilla libre.'));
    expect(hub.commands.at(-1)).toEqual({
      name: 'ticket:no-show',
      payload: { ticketId: 'registro-civil-2' },
    });
  });

  it('transfers to another service with a note; the ticket keeps its arrival', async () => {
    const { hub, user } = renderClerk();
    await user.keyboard('t');
    const dialog = screen.getByRole('dialog', { name: 'Transferir R-001' });
    expect(within(dialog).getByRole('radio', { name: 'Otro servicio' })).toBeChecked();
    expect(dialog).toHaveTextContent('El ticket conserva su lugar por hora de llegada.');
    const services = within(dialog).getByRole('combobox', { name: 'Servicio de destino' });
    expect(
      within(services)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Licencias de Funcionamiento', 'Tributos (SAT)']);
    await user.selectOptions(services, 'Tributos (SAT)');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Nota para quien lo reciba (opcional)' }),
      'Debe arbitrios 2024{Enter}',
    );

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(hub.commands.at(-1)).toEqual({
      name: 'ticket:transfer',
      payload: {
        ticketId: 'registro-civil-1',
        to: { serviceId: 'tributos' },
        note: 'Debe arbitrios 2024',
      },
    });
    const moved = Object.values(hub.getSnapshot().state?.tickets ?? {}).find(
      (ticket) => ticket.number === 'R-001',
    );
    expect(moved).toMatchObject({ serviceId: 'tributos', status: 'waiting' });
    expect(moved?.arrivalAt).toBe(clerkSnapshot().state.tickets['registro-civil-1']?.arrivalAt);
    expect(screen.getByRole('region', { name: /Atendidos en esta sesión/ })).toHaveTextContent(
      'R-001Transferido a Tributos (SAT)',
    );
  });

  it('transfers to a specific window, chosen among the others with their state', async () => {
    const { hub, user } = renderClerk();
    await user.keyboard('t');
    const dialog = screen.getByRole('dialog', { name: 'Transferir R-001' });
    await user.keyboard('2');
    expect(within(dialog).getByRole('radio', { name: 'Una ventanilla' })).toBeChecked();
    const windows = within(dialog).getByRole('combobox', { name: 'Ventanilla de destino' });
    expect(
      within(windows)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Ventanilla 2 (abierta: Luis Chávez Rojas)', 'Ventanilla 3 (cerrada)']);
    await user.click(within(dialog).getByRole('button', { name: 'Transferir' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(hub.commands.at(-1)).toEqual({
      name: 'ticket:transfer',
      payload: { ticketId: 'registro-civil-1', to: { windowId: 'ventanilla-2' } },
    });
    expect(screen.getByRole('region', { name: /Atendidos en esta sesión/ })).toHaveTextContent(
      'R-001Transferido a Ventanilla 2',
    );
  });

  it('calls a specific ticket only with a reason', async () => {
    const { hub, user } = renderClerk();
    await user.keyboard('n');
    await waitFor(() => expect(action('Llamar ticket específico')).toBeEnabled());

    await user.keyboard('e');
    const dialog = screen.getByRole('dialog', { name: 'Llamar un ticket específico' });
    const list = within(dialog).getByRole('listbox', {
      name: 'Tickets en espera (en orden de llamada)',
    });
    expect(list).toHaveFocus();
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'R-002 · Registro Civil · Preferencial: adulto mayor · 8 min',
      'R-003 · Registro Civil · Sin preferencia · 7 min',
    ]);
    await user.selectOptions(list, 'R-003 · Registro Civil · Sin preferencia · 7 min');
    const reason = within(dialog).getByRole('textbox', {
      name: 'Motivo (obligatorio; queda registrado)',
    });
    await user.type(reason, 'no{Enter}');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Escriba un motivo de al menos 3 caracteres.',
    );
    expect(commandNames(hub)).toEqual(['ticket:no-show']);

    await user.type(reason, 'ta: vuelve con el documento que faltaba{Enter}');
    await waitFor(() => expect(current()).toHaveTextContent('R-003'));
    expect(hub.commands.at(-1)).toEqual({
      name: 'ticket:call',
      payload: {
        windowId: 'ventanilla-1',
        ticketId: 'registro-civil-3',
        reason: 'nota: vuelve con el documento que faltaba',
      },
    });
  });

  it('pauses with a reason and resumes, both on P', async () => {
    const { hub, user } = renderClerk();
    await user.keyboard('n');
    await waitFor(() => expect(action('Pausa')).toBeEnabled());

    await user.keyboard('p');
    const dialog = screen.getByRole('dialog', { name: 'Pausar la atención' });
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['1Refrigerio', '2Capacitación', '3Soporte técnico', '4Otro motivo']);
    await user.keyboard('3{Enter}');

    const paused = await screen.findByRole('region', { name: 'Ventanilla en pausa' });
    expect(paused).toHaveTextContent(/Soporte técnico desde las \d\d:\d\d/);
    expect(hub.commands.at(-1)).toEqual({
      name: 'window:pause',
      payload: { windowId: 'ventanilla-1', reason: 'soporte' },
    });
    expect(action('Llamar siguiente')).toBeDisabled();
    expect(action('Reanudar')).toHaveFocus();

    await user.keyboard('p');
    await waitFor(() => expect(current()).toHaveTextContent('Ventanilla libre.'));
    expect(hub.commands.at(-1)).toEqual({
      name: 'window:resume',
      payload: { windowId: 'ventanilla-1' },
    });
  });

  it('closes the window after a confirmation, then offers the window choice again', async () => {
    const { hub, user } = renderClerk();
    await user.keyboard('n');
    await waitFor(() => expect(action('Cerrar ventanilla')).toBeEnabled());

    await user.keyboard('c');
    const dialog = screen.getByRole('dialog', { name: '¿Cerrar la ventanilla?' });
    expect(within(dialog).getByRole('button', { name: 'Cerrar ventanilla' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Abrir ventanilla' }),
    ).toBeInTheDocument();
    expect(hub.commands.at(-1)).toEqual({
      name: 'window:close',
      payload: { windowId: 'ventanilla-1' },
    });
  });

  it('closes a dialog on Escape and gives the focus back to the button that opened it', async () => {
    const { hub, user } = renderClerk();
    action('Transferir').focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Transferir R-001' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    // Tab stays inside the dialog.
    for (let i = 0; i < 6; i += 1) await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    // Letters are text here, not shortcuts.
    await user.keyboard('l');
    expect(hub.commands).toEqual([]);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(action('Transferir')).toHaveFocus();
  });

  it('shows the hub’s own Spanish message when it refuses', async () => {
    const { hub, user } = renderClerk();
    await user.keyboard('n');
    await waitFor(() => expect(action('Llamar siguiente')).toBeEnabled());
    // Another clerk called the last people waiting a moment before this call reached the hub.
    hub.onCommand(() => ({
      ok: false,
      error: {
        code: 'QUEUE_EMPTY',
        message: 'No hay nadie en espera para los servicios de esta ventanilla.',
      },
    }));

    await user.keyboard('l');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No hay nadie en espera para los servicios de esta ventanilla.',
    );
  });

  it('follows the queues live as tickets are taken elsewhere', () => {
    const { hub } = renderClerk();
    const queue = (): HTMLElement =>
      within(screen.getByRole('region', { name: 'Mis colas' })).getByRole('listitem', {
        name: 'Registro Civil',
      });
    expect(queue()).toHaveTextContent('En espera2');
    const taken: DomainEvent = {
      type: 'ticket:issued',
      at: hub.now(),
      ticket: {
        ...sampleRecord(clerkSnapshot().state.tickets, 'registro-civil-3'),
        id: 'registro-civil-4',
        number: 'R-004',
        sequence: 4,
        category: 'pregnant',
        arrivalAt: hub.now(),
        issuedAt: hub.now(),
      },
    };

    act(() => hub.receiveEvents([taken]));

    expect(queue()).toHaveTextContent('En espera3');
    expect(queue()).toHaveTextContent('Preferenciales2');
  });

  it('disables every action while the hub is unreachable and enables them again on reconnect', async () => {
    const { hub, user } = renderClerk();
    act(() => hub.update({ status: 'offline' }));

    expect(screen.getByRole('status')).toHaveTextContent(
      'Sin conexión con el servidor. Reconectando…',
    );
    for (const button of within(screen.getByRole('group', { name: 'Acciones' })).getAllByRole(
      'button',
    )) {
      expect(button).toBeDisabled();
    }
    expect(screen.getByRole('button', { name: 'Cerrar sesión' })).toBeDisabled();
    expect(
      screen.getByText('Acciones desactivadas hasta que vuelva la conexión.'),
    ).toBeInTheDocument();
    // The last picture stays.
    expect(current()).toHaveTextContent('R-001');
    await user.keyboard('r');
    expect(hub.commands).toEqual([]);

    act(() => hub.update({ status: 'online' }));
    expect(action('Rellamar')).toBeEnabled();
    await user.keyboard('r');
    await waitFor(() => expect(commandNames(hub)).toEqual(['ticket:recall']));
  });

  it('keeps a labelled place for the procedure panel of the ticket being served', async () => {
    function RegistroCivilPanel({ ticket, service }: ProcedurePanelProps) {
      return (
        <p>
          Panel de {service.name} para {ticket.number}
        </p>
      );
    }
    const { user } = renderClerk({ panels: { 'registro-civil': RegistroCivilPanel } });
    const slot = screen.getByRole('region', { name: 'Panel del trámite' });
    expect(slot).toHaveTextContent('Aquí aparecerá el panel del trámite del ticket en atención.');

    await user.keyboard('i');

    await waitFor(() => expect(slot).toHaveAttribute('data-procedure-slot', 'registro-civil'));
    expect(slot).toHaveTextContent('Panel de Registro Civil para R-001');
  });

  it('says so for a service without procedures in the catalog', async () => {
    const { user } = renderClerk();
    await user.keyboard('i');
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Panel del trámite' })).toHaveTextContent(
        'Registro Civil no tiene trámites configurados. Finalice la atención con la tecla F.',
      ),
    );
  });

  it('keeps the served list across a reload', async () => {
    const first = renderClerk();
    await first.user.keyboard('n');
    await waitFor(() => expect(current()).toHaveTextContent('Ventanilla libre.'));
    const hub = first.hub;
    first.unmount();

    renderClerk({ hub, store: first.store });

    expect(
      screen.getByRole('region', { name: 'Atendidos en esta sesión (1 ticket)' }),
    ).toHaveTextContent('R-001No se presentó');
  });

  it('closes the window when signing out, and refuses while a ticket is at the window', async () => {
    const { hub, user, onSignOut, store } = renderClerk();
    await user.keyboard('s');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Finalice, transfiera o marque como no presentado el ticket R-001 antes de cerrar la ventanilla.',
    );
    expect(hub.commands).toEqual([]);
    expect(onSignOut).not.toHaveBeenCalled();

    await user.keyboard('n');
    await waitFor(() => expect(current()).toHaveTextContent('Ventanilla libre.'));
    expect(store.entries.has('cac.counter.served.clerk1')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Cerrar sesión' }));

    await waitFor(() => expect(onSignOut).toHaveBeenCalledTimes(1));
    expect(hub.commands.at(-1)).toEqual({
      name: 'window:close',
      payload: { windowId: 'ventanilla-1' },
    });
    expect(store.entries.has('cac.counter.served.clerk1')).toBe(false);
  });

  it('speaks English with ?lang=en', () => {
    renderClerk({ language: 'en' });
    expect(
      within(screen.getByRole('group', { name: 'Actions' })).getByRole('button', {
        name: 'Call next',
      }),
    ).toBeDisabled();
    expect(screen.getByRole('region', { name: 'Call order' })).toHaveTextContent(
      /^Call orderWe call pregnant women/,
    );
  });
});
