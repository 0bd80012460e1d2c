import { plainToInstance } from 'class-transformer';
import { Role, type Viewer } from '../../src/common/viewer.js';
import { loadConfig } from '../../src/config/app-config.js';
import { AuditAction, recordAudit } from '../../src/modules/audit/audit.js';
import { AuditLogArgs } from '../../src/modules/audit/audit.model.js';
import { AuditRepository } from '../../src/modules/audit/audit.repository.js';
import { AuditService } from '../../src/modules/audit/audit.service.js';
import { AuthService } from '../../src/modules/auth/auth.service.js';
import { SessionsRepository } from '../../src/modules/auth/sessions.repository.js';
import { ExportRepository } from '../../src/modules/export/export.repository.js';
import { ExportService } from '../../src/modules/export/export.service.js';
import { ImportService } from '../../src/modules/import/import.service.js';
import { describeEachEngine } from './engines.js';
import { personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

const unique = () => Math.random().toString(36).slice(2, 10);
const args = (o: object = {}) => plainToInstance(AuditLogArgs, { first: 100, ...o });

describeEachEngine('audit log', (store) => {
  let s: Services;
  let audit: AuditService;
  let auth: AuthService;
  let boss: Viewer;
  beforeAll(async () => {
    s = services(store());
    audit = new AuditService(new AuditRepository(store()), s.accountsRepo);
    auth = new AuthService(new SessionsRepository(store()), s.accountsRepo, loadConfig({ DATA_DIR: '/nonexistent' }));
    // The first admin, as the shell command makes it (no one signed in), then acting as that admin.
    const first = await s.accounts.create(null, { email: `boss-${unique()}@example.org`, displayName: 'Bo Boss', password: 'boss-password-123', role: Role.ADMIN });
    boss = { accountId: first.id, role: Role.ADMIN, regions: [], allRegions: true };
  });

  it('records account changes, sign-ins, exports, merges, imports, roll-backs and bulk actions, with no password or contact detail', async () => {
    const [r1, r2] = await twoRegions(s);
    const email = `carla-${unique()}@example.org`;
    const carla = await s.accounts.create(boss, { email, displayName: 'Carla', password: 'first-secret-pw', role: Role.CONNECTOR, regionIds: [r1] });
    await s.accounts.update(boss, carla.id, { displayName: 'Carla Reyes', role: Role.LEADER, regionIds: [r1, r2], canExport: true, password: 'second-secret-pw' });
    await s.accounts.update(boss, carla.id, { displayName: 'Carla Reyes', role: Role.LEADER, regionIds: [r1, r2], canExport: true, disabled: true });
    await expect(auth.signIn(email, 'second-secret-pw', '198.51.100.4')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await s.accounts.update(boss, carla.id, { displayName: 'Carla Reyes', role: Role.LEADER, regionIds: [r1, r2], canExport: true, disabled: false });
    await auth.signIn(email, 'second-secret-pw', '203.0.113.7');
    await expect(auth.signIn(email, 'wrong-secret-pw', '203.0.113.8')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    // A password typed into the email field matches no account: it is not written anywhere.
    await expect(auth.signIn('typed-my-password-here', 'whatever', '203.0.113.9')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    const leader = viewer(Role.LEADER, [r1], carla.id);
    const one = await s.people.create(leader, personInput(r1, { name: 'Dana Twin', emails: ['dana@example.org'], phones: ['312-555-0101'], notes: 'private note' }));
    const two = await s.people.create(leader, personInput(r1, { name: 'Dana Twin', emails: ['dana2@example.org'] }));
    const merged = await s.merge.mergePeople(leader, one.id, two.id, one.version, two.version);
    await s.merge.undoMerge(leader, merged.merge.id);

    const exports = new ExportService(new ExportRepository(store()), s.people, s.organizations, s.accountsRepo, s.customFields);
    let csv = '';
    for await (const chunk of exports.csv(leader, 'people')) csv += chunk;
    expect(csv).toContain('Dana Twin');

    const imports = new ImportService(store(), s.regions);
    const job = await (await imports.start(leader, 'Name,Email,Phone\nEve Import,eve@example.org,312-555-0199', { kind: 'people', dryRun: false, defaultRegion: r1, fileName: 'volunteers.csv' })).done;
    await imports.rollback(leader, job.id);
    await store().transaction((tx) => recordAudit(tx, { action: AuditAction.BULK_ACTION, actorId: carla.id, targetType: 'list', targetId: 'list-1', summary: 'Tagged 2 people youth' }));

    const mine = (await audit.list(boss, args({ filter: { accountId: carla.id } }))).nodes;
    const seen = (action: AuditAction) => mine.filter((e) => e.action === action);
    expect(seen(AuditAction.ACCOUNT_CREATED)).toEqual([expect.objectContaining({ actorName: 'Bo Boss', targetId: carla.id, summary: expect.stringContaining('connector') })]);
    expect(seen(AuditAction.ROLE_CHANGED)[0].changes).toEqual([{ field: 'role', from: 'CONNECTOR', to: 'LEADER' }]);
    expect(seen(AuditAction.REGIONS_CHANGED)).toHaveLength(1);
    expect(seen(AuditAction.PERMISSION_CHANGED)[0].summary).toBe('Carla Reyes: export permission granted');
    expect(seen(AuditAction.ACCOUNT_CHANGED)[0].changes).toEqual([{ field: 'displayName', from: 'Carla', to: 'Carla Reyes' }, { field: 'password', from: null, to: null }]);
    expect(seen(AuditAction.ACCOUNT_DISABLED)).toHaveLength(1);
    expect(seen(AuditAction.ACCOUNT_ENABLED)).toHaveLength(1);
    expect(seen(AuditAction.SIGNED_IN)).toEqual([expect.objectContaining({ actorId: carla.id, clientAddress: '203.0.113.7' })]);
    expect(seen(AuditAction.SIGN_IN_FAILED).map((e) => [e.clientAddress, e.summary])).toEqual([
      ['203.0.113.8', "Failed sign-in to Carla Reyes's account: wrong password"],
      ['198.51.100.4', "Failed sign-in to Carla Reyes's account: it is disabled"],
    ]);
    expect(seen(AuditAction.MERGED)[0].summary).toBe('Merged Dana Twin into Dana Twin (people)');
    expect(seen(AuditAction.MERGE_UNDONE)).toHaveLength(1);
    expect(seen(AuditAction.EXPORTED)[0].summary).toMatch(/^Exported \d+ people as CSV$/);
    expect(seen(AuditAction.IMPORT_STARTED)[0].summary).toBe('Started an import of people from volunteers.csv (1 row)');
    expect(seen(AuditAction.IMPORT_ROLLED_BACK)[0].summary).toMatch(/^Rolled back the people import of volunteers\.csv: 1 removed/);
    expect(seen(AuditAction.BULK_ACTION)).toHaveLength(1);
    const unknown = (await audit.list(boss, args({ filter: { actions: [AuditAction.SIGN_IN_FAILED] } }))).nodes.find((e) => e.clientAddress === '203.0.113.9');
    expect(unknown).toMatchObject({ actorId: null, summary: 'Failed sign-in: the email matches no account' });

    const everything = JSON.stringify((await audit.list(boss, args())).nodes);
    for (const secret of ['first-secret-pw', 'second-secret-pw', 'wrong-secret-pw', 'typed-my-password-here', email, 'dana@example.org', 'dana2@example.org', '312-555-0101', 'private note', 'eve@example.org', '312-555-0199']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('writes no entry for an action that was refused: the entry commits with the action or not at all', async () => {
    const [r1] = await twoRegions(s);
    const email = `sam-${unique()}@example.org`;
    const sam = await s.accounts.create(boss, { email, displayName: 'Sam', password: 'sam-password-123', role: Role.STAFF, regionIds: [r1] });
    await expect(s.accounts.create(boss, { email, displayName: 'Sam Again', password: 'sam-password-123', role: Role.STAFF, regionIds: [r1] })).rejects.toMatchObject({ code: 'CONFLICT' });
    const staff = viewer(Role.STAFF, [r1], sam.id);
    const one = await s.people.create(staff, personInput(r1, { name: 'Lee Twin' }));
    const two = await s.people.create(staff, personInput(r1, { name: 'Lee Twin' }));
    await expect(s.merge.mergePeople(staff, one.id, two.id, one.version + 1, two.version)).rejects.toMatchObject({ code: 'CONFLICT' });
    const entries = (await audit.list(boss, args({ filter: { accountId: sam.id } }))).nodes;
    expect(entries.map((e) => e.action)).toEqual([AuditAction.ACCOUNT_CREATED]);
    expect((await audit.list(boss, args({ filter: { actions: [AuditAction.ACCOUNT_CREATED] } }))).nodes.filter((e) => e.summary.includes('Sam Again'))).toEqual([]);
  });

  it('filters by who, what and when, pages newest first, and is for admins only', async () => {
    const [r1] = await twoRegions(s);
    const email = `pat-${unique()}@example.org`;
    const pat = await s.accounts.create(boss, { email, displayName: 'Pat', password: 'pat-password-123', role: Role.STAFF, regionIds: [r1] });
    for (const address of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) await auth.signIn(email, 'pat-password-123', address);

    const signIns = await audit.list(boss, args({ first: 2, filter: { accountId: pat.id, actions: [AuditAction.SIGNED_IN] } }));
    expect(signIns.totalCount).toBe(3);
    expect(signIns.nodes.map((e) => e.clientAddress)).toEqual(['192.0.2.3', '192.0.2.2']);
    const rest = await audit.list(boss, args({ first: 2, after: signIns.pageInfo.endCursor, filter: { accountId: pat.id, actions: [AuditAction.SIGNED_IN] } }));
    expect(rest.nodes.map((e) => e.clientAddress)).toEqual(['192.0.2.1']);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await audit.list(boss, args({ filter: { accountId: pat.id, from: today, to: today } }))).totalCount).toBe(4);
    expect((await audit.list(boss, args({ filter: { accountId: pat.id, from: tomorrow } }))).totalCount).toBe(0);
    await expect(audit.list(boss, args({ filter: { from: tomorrow, to: today } }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });

    for (const role of [Role.STAFF, Role.LEADER, Role.CONNECTOR]) {
      await expect(audit.list(viewer(role, [r1], pat.id), args())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
