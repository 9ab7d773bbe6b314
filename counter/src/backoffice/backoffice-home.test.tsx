import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BACKOFFICE_MESSAGES_EN } from './backoffice-messages.en';
import type { BackofficeMessageKey } from './backoffice-messages.es';
import { BACKOFFICE_MESSAGES_ES } from './backoffice-messages.es';
import { renderBackoffice } from './test-kit';
import { CounterHome } from '../counter-home';
import { counterTranslator } from '../counter-text';

const SESSION = {
  token: 'staff-token-supervisor',
  user: { id: 'supervisor', name: 'Jorge Cabrera Sánchez', role: 'supervisor' },
} as const;

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)/g)].map((match) => match[1] ?? '').sort();

describe('back-office catalog', () => {
  it('says the same things in English, with the same placeholders', () => {
    const keys = Object.keys(BACKOFFICE_MESSAGES_ES) as BackofficeMessageKey[];
    expect(Object.keys(BACKOFFICE_MESSAGES_EN).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect([key, placeholders(BACKOFFICE_MESSAGES_EN[key])]).toEqual([
        key,
        placeholders(BACKOFFICE_MESSAGES_ES[key]),
      ]);
    }
  });

  it('is part of the counter’s translator', () => {
    expect(counterTranslator('es')('backoffice.results.count', { count: 1 })).toBe(
      '1 expediente encontrado',
    );
    expect(counterTranslator('en')('backoffice.overdue')).toBe('Overdue');
  });

  it('shows the back office in English, state names from the shared catalog', async () => {
    renderBackoffice({ language: 'en' });
    const row = await screen.findByRole('row', { name: /EXP-2026-000123/ });
    expect(within(row).getByText('Forwarded')).toBeInTheDocument();
    expect(within(row).getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Search' })).toBeInTheDocument();
  });
});

describe('the supervisor’s screen', () => {
  it('lands on the floor and switches to the expedientes and back from the header', async () => {
    const user = userEvent.setup();
    renderBackoffice({
      children: <CounterHome session={SESSION} onSignOut={() => {}} onSessionEnded={() => {}} />,
    });
    const views = screen.getByRole('navigation', { name: 'Vistas' });
    const floor = within(views).getByRole('button', { name: 'Sala' });
    expect(floor).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('heading', { name: 'Expedientes' })).not.toBeInTheDocument();

    await user.click(within(views).getByRole('button', { name: 'Expedientes' }));
    expect(screen.getByRole('heading', { name: 'Expedientes' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'EXP-2026-000123' })).toBeInTheDocument();
    expect(within(views).getByRole('button', { name: 'Expedientes' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(floor);
    expect(screen.queryByRole('heading', { name: 'Expedientes' })).not.toBeInTheDocument();
  });
});
