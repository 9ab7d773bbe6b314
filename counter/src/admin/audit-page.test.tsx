import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditEntryView } from '@cac/shared/protocol';
import { diffValues } from './audit-diff';
import { renderAdmin } from './test-kit';

const ENTRIES: AuditEntryView[] = [
  {
    id: 1,
    at: Date.parse('2026-03-02T09:15:00-05:00'),
    userId: 'admin',
    userName: 'Carmen Rojas',
    action: 'user.create',
    target: 'clerk7',
    before: null,
    after: { id: 'clerk7', name: 'Pedro Vera', role: 'clerk', pinHash: '(cambiado)' },
  },
  {
    id: 2,
    at: Date.parse('2026-03-02T10:40:00-05:00'),
    userId: 'admin',
    userName: 'Carmen Rojas',
    action: 'config.save',
    target: 'services',
    before: [{ id: 'orientacion', name: 'Orientación', prefix: 'O' }],
    after: [{ id: 'orientacion', name: 'Orientación al ciudadano', prefix: 'O' }],
  },
];

describe('Historial de cambios', () => {
  it('lists the changes newest first, in Lima time, with the fields that changed', async () => {
    renderAdmin({ audit: ENTRIES });
    await userEvent.click(await screen.findByRole('button', { name: 'Historial de cambios' }));
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows).toHaveLength(2);
    const [newest, oldest] = rows;
    if (!newest || !oldest) throw new Error('two rows expected');
    expect(within(newest).getByRole('rowheader')).toHaveTextContent('Guardó Servicios');
    expect(newest).toHaveTextContent('02/03/2026 10:40');
    expect(newest).toHaveTextContent('Carmen Rojas');
    const change = within(newest).getByRole('listitem');
    expect(change).toHaveTextContent('services[orientacion].name');
    expect(change.querySelector('del')).toHaveTextContent('Orientación');
    expect(change.querySelector('ins')).toHaveTextContent('Orientación al ciudadano');
    expect(within(newest).queryByText(/prefix/)).not.toBeInTheDocument();
    expect(within(oldest).getByRole('rowheader')).toHaveTextContent('Creó el usuario clerk7');
    expect(oldest).toHaveTextContent('02/03/2026 09:15');
  });
});

describe('diffValues', () => {
  it('compares lists of plain values as a whole and lists by id item by item', () => {
    expect(diffValues(['a', 'b'], ['a', 'b', 'c'], 'announcements')).toEqual([
      { path: 'announcements', before: 'a, b', after: 'a, b, c' },
    ]);
    expect(
      diffValues({ windows: [{ id: 'v1', number: 1 }] }, { windows: [{ id: 'v2', number: 2 }] }),
    ).toEqual([
      { path: 'windows[v1].id', before: 'v1', after: '—' },
      { path: 'windows[v1].number', before: '1', after: '—' },
      { path: 'windows[v2].id', before: '—', after: 'v2' },
      { path: 'windows[v2].number', before: '—', after: '2' },
    ]);
  });
});

describe('diffValues of a creation', () => {
  it('lists the new thing field by field', () => {
    expect(diffValues(null, { id: 'clerk7', role: 'clerk' })).toEqual([
      { path: 'id', before: '—', after: 'clerk7' },
      { path: 'role', before: '—', after: 'clerk' },
    ]);
  });
});
