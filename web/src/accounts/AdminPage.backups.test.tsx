import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { REGIONS_RESULT, STAFF, renderPage } from '../test/render';
import type { Me } from '../types';
import { AdminPage, type BackupStatus } from './AdminPage';

const ADMIN = { ...STAFF, id: 'acct-admin', role: 'ADMIN', displayName: 'Ada Admin' } as unknown as Me;
const FILE = '/srv/coalition/data/backups/graph-20261206-030000Z.lbug';
const good = { __typename: 'CheckedBackup', file: FILE, takenAt: '2026-12-06T03:00:00.000Z', bytes: 12_897_280, records: 4_213 };
const status = (over: Partial<BackupStatus>) => ({
  data: {
    backupStatus: {
      __typename: 'BackupStatus', scheduled: true, offReason: null, scheduleHours: 24, keepDaily: 7, keepWeekly: 4, nextAt: '2026-12-07T03:00:00.000Z',
      lastGood: good, lastFailure: null, kept: [{ __typename: 'BackupFile', file: FILE, takenAt: good.takenAt, bytes: good.bytes }], ...over,
    },
  },
});
const show = (result: ReturnType<typeof status>, me = ADMIN) =>
  renderPage(<AdminPage />, { me, handlers: { AdminAccounts: () => ({ data: { accounts: [] } }), Regions: () => REGIONS_RESULT, AdminBackups: () => result } });
const section = async () => (await screen.findByRole('heading', { name: 'Backups' })).closest('section')!;

describe('admin page: backups', () => {
  it('shows the last good backup, how to restore it, and the schedule', async () => {
    show(status({}));
    const backups = await section();
    expect(await within(backups).findByText(/4,213 records, 12\.3 MB, checked by opening it/)).toBeInTheDocument();
    expect(within(backups).getByText(`npm run restore -- ${FILE}`, { exact: false })).toBeInTheDocument();
    expect(within(backups).getByText(/Every day; the newest of each of the last 7 days and of the last 4 weeks is kept \(1 backup now\)/)).toBeInTheDocument();
    expect(within(backups).queryByRole('alert')).toBeNull();
  });

  it('in Spanish, writes the backup’s record count and size the Spanish way', async () => {
    renderPage(<AdminPage />, {
      me: ADMIN,
      locale: 'es',
      handlers: { AdminAccounts: () => ({ data: { accounts: [] } }), Regions: () => REGIONS_RESULT, AdminBackups: () => status({ lastGood: { ...good, records: 14_213 } }) },
    });
    expect(await screen.findByText(/14\.213 registros, 12,3 MB/)).toBeInTheDocument();
  });

  it('says how often in minutes when it is under an hour', async () => {
    show(status({ scheduleHours: 0.25, kept: [] }));
    expect(await within(await section()).findByText(/^Every 15 minutes; .* \(0 backups now\)/)).toBeInTheDocument();
  });

  it('shows the last failure beside the last good backup', async () => {
    show(status({ lastFailure: { __typename: 'BackupFailure', at: '2026-12-07T03:00:00.000Z', message: 'The backup was written but does not open: it is damaged, so it was removed.' } as never }));
    const backups = await section();
    const alert = await within(backups).findByRole('alert');
    expect(alert).toHaveTextContent(/^The last backup failed \(.*2026.*\): The backup was written but does not open: it is damaged, so it was removed\.$/);
    expect(within(backups).getByText(/4,213 records/)).toBeInTheDocument();
  });

  it('says when there is no schedule, and when there is no backup yet', async () => {
    show(status({ scheduled: false, nextAt: null, lastGood: null, kept: [], offReason: 'The app runs on Neo4j: its scheduled backups are off. Back up Neo4j with its own tools (neo4j-admin database dump).' }));
    const backups = await section();
    expect(await within(backups).findByText(/runs on Neo4j: its scheduled backups are off/)).toHaveAttribute('role', 'status');
    expect(within(backups).getByText('No good backup yet.')).toBeInTheDocument();
    expect(within(backups).queryByText(/Every day/)).toBeNull();
  });

  it('is not asked for by others', async () => {
    const { requests } = show(status({}), STAFF);
    expect(await screen.findByText('Only admins manage accounts and regions.')).toBeInTheDocument();
    expect(requests.map((r) => r.operationName)).not.toContain('AdminBackups');
  });
});
