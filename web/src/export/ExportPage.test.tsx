import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STAFF, renderPage } from '../test/render';
import type { Me } from '../types';
import { ExportPage } from './ExportPage';

describe('export page', () => {
  it('offers the four CSV downloads to someone with the export permission', async () => {
    renderPage(<ExportPage />, { handlers: { ExportPermission: () => ({ data: { me: { __typename: 'Account', id: 'acct-staff', canExport: true } } }) } });
    const link = await screen.findByRole('link', { name: 'People (CSV)' });
    expect(link).toHaveAttribute('href', '/export/people.csv');
    expect(screen.getByRole('link', { name: 'Meetings (CSV)' })).toHaveAttribute('href', '/export/interactions.csv');
    expect(screen.queryByText(/Export log/)).not.toBeInTheDocument();
  });

  it('explains the permission to someone without it, and shows admins the export log', async () => {
    const admin = { ...STAFF, role: 'ADMIN' } as unknown as Me;
    renderPage(<ExportPage />, {
      me: admin,
      handlers: {
        ExportPermission: () => ({ data: { me: { __typename: 'Account', id: 'acct-staff', canExport: false } } }),
        ExportLog: () => ({ data: { exportLog: [{ __typename: 'ExportLogEntry', at: '2026-11-20T10:00:00.000Z', what: 'people', rows: 301, byName: 'Demo Admin', regions: ['*'] }] } }),
      },
    });
    expect(await screen.findByText(/Exporting needs the export permission/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'People (CSV)' })).not.toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'Demo Admin' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '301' })).toBeInTheDocument();
  });

  it('in Spanish, shows the export log in Spanish: what was exported, the row count and each cell’s column name on a narrow screen', async () => {
    const admin = { ...STAFF, role: 'ADMIN' } as unknown as Me;
    const entry = (what: string, rows: number) => ({ __typename: 'ExportLogEntry', at: '2026-11-20T10:00:00.000Z', what, rows, byName: 'Demo Admin', regions: ['*'] });
    renderPage(<ExportPage />, {
      me: admin,
      locale: 'es',
      handlers: {
        ExportPermission: () => ({ data: { me: { __typename: 'Account', id: 'acct-staff', canExport: true } } }),
        ExportLog: () => ({ data: { exportLog: [entry('interactions', 30100), entry('people (a list)', 12)] } }),
      },
    });
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(within(rows[0]).getByRole('cell', { name: 'Reuniones' })).toHaveAttribute('data-label', 'Qué');
    expect(within(rows[0]).getByRole('cell', { name: '30.100' })).toHaveAttribute('data-label', 'Filas');
    expect(within(rows[1]).getByRole('cell', { name: 'Personas (de una lista guardada)' })).toBeInTheDocument();
    expect(within(rows[1]).getByRole('cell', { name: 'Demo Admin' })).toHaveAttribute('data-label', 'Quién');
  });
});
