import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { STAFF, renderPage } from '../test/render';
import type { Me } from '../types';
import { AuditLogPage } from './AuditLogPage';

const ADMIN = { ...STAFF, id: 'acct-admin', role: 'ADMIN', displayName: 'Ada Admin' } as unknown as Me;
const account = (id: string, displayName: string) => ({
  __typename: 'Account', id, email: `${id}@example.org`, displayName, role: 'CONNECTOR', allRegions: false, disabled: false, canExport: false,
  createdAt: '2025-01-01T00:00:00.000Z', regions: [],
});
const entry = (n: number, over: Record<string, unknown> = {}) => ({
  __typename: 'AuditEntry', id: `e${n}`, at: `2026-03-0${(n % 9) + 1}T10:00:00.000Z`, action: 'SIGNED_IN', actorId: 'acct-c', actorName: 'Carla Connector',
  summary: 'Carla Connector signed in', clientAddress: '203.0.113.7', changes: [], ...over,
});

function auditLog(v: Record<string, unknown>) {
  const filter = (v.filter ?? {}) as { actions?: string[] | null };
  const all = [
    entry(1, { action: 'ROLE_CHANGED', actorId: 'acct-admin', actorName: 'Ada Admin', summary: 'Carla Connector: role changed from connector to leader', clientAddress: null, changes: [{ __typename: 'FieldChange', field: 'role', from: 'CONNECTOR', to: 'LEADER' }] }),
    ...Array.from({ length: 60 }, (_, i) => entry(i + 2)),
  ].filter((e) => !filter.actions?.length || filter.actions.includes(e.action));
  const start = v.after ? Number(v.after) : 0;
  const nodes = all.slice(start, start + Number(v.first));
  return {
    data: {
      auditLog: {
        __typename: 'AuditEntryConnection', totalCount: all.length, nodes,
        pageInfo: { __typename: 'PageInfo', endCursor: String(start + nodes.length), hasNextPage: start + nodes.length < all.length },
      },
    },
  };
}

const handlers = { AuditLog: auditLog, AdminAccounts: () => ({ data: { accounts: [account('acct-c', 'Carla Connector'), account('acct-admin', 'Ada Admin')] } }) };

describe('audit log page', () => {
  it('lists entries newest first with who, what, details and address, and pages through them', async () => {
    const { requests } = renderPage(<AuditLogPage />, { me: ADMIN, path: '/admin/audit', route: '/admin/audit', handlers });
    const user = userEvent.setup();
    expect(await screen.findByText('1–50 of 61')).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Ada Admin');
    expect(rows[1]).toHaveTextContent('Role changed');
    expect(rows[1]).toHaveTextContent('role: CONNECTOR → LEADER');
    expect(rows[2]).toHaveTextContent('203.0.113.7');
    await user.click(screen.getByRole('button', { name: 'Older entries' }));
    expect(await screen.findByText('51–61 of 61')).toBeInTheDocument();
    expect(requests.filter((r) => r.operationName === 'AuditLog').at(-1)!.variables).toMatchObject({ first: 50, after: '50' });
    expect(screen.queryByRole('button', { name: 'Older entries' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Newer entries' }));
    expect(await screen.findByText('1–50 of 61')).toBeInTheDocument();
  });

  it('filters by who, what and when, from the first page again', async () => {
    const { requests } = renderPage(<AuditLogPage />, { me: ADMIN, path: '/admin/audit', route: '/admin/audit', handlers });
    const user = userEvent.setup();
    await screen.findByText('1–50 of 61');
    await user.click(screen.getByRole('button', { name: 'Older entries' }));
    await screen.findByText('51–61 of 61');
    await user.selectOptions(screen.getByLabelText('What'), 'Role changed');
    expect(await screen.findByText('1–1 of 1')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Who'), 'Carla Connector');
    await user.type(screen.getByLabelText('From'), '2026-03-01');
    const last = requests.filter((r) => r.operationName === 'AuditLog').at(-1)!.variables;
    expect(last).toMatchObject({ after: null, filter: { accountId: 'acct-c', actions: ['ROLE_CHANGED'], from: '2026-03-01', to: null } });
  });

  it('is for admins only', () => {
    const { requests } = renderPage(<AuditLogPage />, { path: '/admin/audit', route: '/admin/audit', handlers });
    expect(screen.getByText('Only admins see the audit log.')).toBeInTheDocument();
    expect(requests).toEqual([]);
  });
});
