import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, restartServer, startServer, type RunningServer } from '../support/server.js';

const FULL_MESSAGE = "The server's disk is almost full: nothing was saved. Tell your administrator.";
const MiB = 2 ** 20;

/** A data folder on its own 64 MB tmpfs, so the app meets a really full disk; null (and why) where it cannot be mounted. */
function smallDisk(): { dir: string; unmount: () => void } | { why: string } {
  if (process.platform !== 'linux') return { why: `mounting a tmpfs needs Linux (this is ${process.platform})` };
  if (process.getuid?.() !== 0) return { why: 'mounting a tmpfs needs root (run the end-to-end tests as root, as CI does)' };
  const dir = mkdtempSync(join(tmpdir(), 'cg-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    rmdirSync(dir);
    return { why: `mount -t tmpfs failed: ${String((e as { stderr?: Buffer }).stderr ?? e).trim()}` };
  }
  return {
    dir,
    unmount: () => {
      execFileSync('umount', [dir]);
      rmdirSync(dir);
    },
  };
}

const probe = smallDisk();
if ('unmount' in probe) probe.unmount();
const runIt = 'why' in probe ? it.skip : it;
if ('why' in probe) console.warn(`SKIPPED full-disk tests: ${probe.why}`);

/** Notes that do not compress (hashes in base64), derived from the name so what comes back can be checked. */
function notesFor(name: string, bytes: number): string {
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += createHash('sha512').update(`${name}:${i}`).digest('base64');
  return out.slice(0, bytes);
}
const digest = (s: string) => createHash('sha256').update(s).digest('hex');

const CREATE = `mutation($n: String!, $notes: String) { createPerson(input: { name: $n, regionId: "region-great-lakes", notes: $notes }) { id } }`;

interface Outcome {
  saved: Map<string, { id: string; notes: string }>;
  refused: Set<string>;
}

/** Writes people until `refusals` writes in a row are refused with STORAGE_FULL; any other error fails the test. */
async function fill(c: GraphqlClient, server: RunningServer, run: string, sizeOf: (seq: number) => number, out: Outcome, refusals = 3): Promise<number> {
  let inARow = 0;
  let written = 0;
  for (let seq = out.saved.size + out.refused.size; inARow < refusals; seq++) {
    const name = `Diskfill ${run}-${seq}`;
    const notes = notesFor(name, sizeOf(seq));
    const r = await c.request<{ createPerson: { id: string } }>(CREATE, { n: name, notes });
    if (r.errors) {
      expect(r.errors).toEqual([expect.objectContaining({ message: FULL_MESSAGE, extensions: expect.objectContaining({ code: 'STORAGE_FULL' }) })]);
      out.refused.add(name);
      inARow++;
    } else {
      out.saved.set(name, { id: r.data!.createPerson.id, notes });
      inARow = 0;
      written++;
    }
    expect(server.process.exitCode).toBeNull();
  }
  return written;
}

type PeoplePage = { people: { nodes: Array<{ name: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

async function allDiskfillNames(c: GraphqlClient, run: string): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { people }: PeoplePage = await c.ok<PeoplePage>(
      `query($after: String) { people(first: 100, after: $after, search: "Diskfill ${run}") { nodes { name } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    names.push(...people.nodes.map((p) => p.name).filter((n) => n.startsWith(`Diskfill ${run}-`)));
    if (!people.pageInfo.hasNextPage) return names;
    after = people.pageInfo.endCursor;
  }
}

/**
 * Fill the disk, free some space, fill it again, free more, write again, stop cleanly and start again: every
 * acknowledged write comes back exactly, none refused does, sign-in and reads work on the full disk, the app
 * never crashes and the database reopens.
 */
async function scenario(run: string, sizeOf: (seq: number) => number): Promise<void> {
  const disk = smallDisk();
  if (!('unmount' in disk)) throw new Error(disk.why);
  // Two ballast files stand for other things on the disk that the operator deletes to make room.
  const ballast = [join(disk.dir, 'ballast-1'), join(disk.dir, 'ballast-2')];
  for (const f of ballast) writeFileSync(f, Buffer.alloc(6 * MiB, 1));
  const env = { STORAGE_RESERVE_MB: '8', LEADERS_SCHEDULE_HOURS: '0' };
  const out: Outcome = { saved: new Map(), refused: new Set() };
  let server: RunningServer | null = await startServer(env, disk.dir);
  try {
    const c = new GraphqlClient(server.url);
    expect((await c.signIn(DEMO.staff, DEMO_PASSWORD)).errors).toBeUndefined();

    expect(await fill(c, server, run, sizeOf, out)).toBeGreaterThan(20);
    // On the full disk: a new sign-in works, and so does reading what was saved.
    const other = new GraphqlClient(server.url);
    expect((await other.signIn(DEMO.connector, DEMO_PASSWORD)).errors).toBeUndefined();
    const [someName, some] = [...out.saved][0];
    const { person } = await other.ok<{ person: { name: string } }>(`query($id: ID!) { person(id: $id) { name } }`, { id: some.id });
    expect(person.name).toBe(someName);
    expect((await other.ok<{ signOut: boolean }>('mutation { signOut }')).signOut).toBe(true);
    expect((await other.ok<{ me: null }>('{ me { id } }')).me).toBeNull();

    // Space returns: writes resume by themselves (the free space is looked at again within a second).
    rmSync(ballast[0]);
    await new Promise((r) => setTimeout(r, 3_000)); // a second, with room for a loaded machine
    expect(await fill(c, server, run, sizeOf, out)).toBeGreaterThan(5);
    rmSync(ballast[1]);
    await new Promise((r) => setTimeout(r, 3_000)); // a second, with room for a loaded machine
    const before = out.saved.size;
    for (let i = 0; i < 5; i++) {
      const name = `Diskfill ${run}-after-${i}`;
      const notes = notesFor(name, sizeOf(i));
      const { createPerson } = await c.ok<{ createPerson: { id: string } }>(CREATE, { n: name, notes });
      out.saved.set(name, { id: createPerson.id, notes });
    }
    expect(out.saved.size).toBe(before + 5);

    expect(await server.stop()).toBe(0);
    // The guard kept the engine off the full disk: it never reported an I/O error.
    expect(server.output()).not.toMatch(/read-only from now on/);
    server = await restartServer(server, env);
    const again = new GraphqlClient(server.url);
    expect((await again.signIn(DEMO.staff, DEMO_PASSWORD)).errors).toBeUndefined();
    expect((await allDiskfillNames(again, run)).sort()).toEqual([...out.saved.keys()].sort());
    for (const [name, { id, notes }] of out.saved) {
      const { person } = await again.ok<{ person: { name: string; notes: string } }>(`query($id: ID!) { person(id: $id) { name notes } }`, { id });
      expect({ name: person.name, notes: digest(person.notes) }).toEqual({ name, notes: digest(notes) });
    }
    expect(out.refused.size).toBeGreaterThanOrEqual(6);
    console.log(`full disk, run ${run}: ${out.saved.size} writes acknowledged and found again, ${out.refused.size} refused and absent`);
    expect(await server.stop()).toBe(0);
  } finally {
    await server?.kill();
    disk.unmount();
  }
}

describe('API: a full disk refuses writes clearly and loses nothing', () => {
  runIt('with notes of 20-100 KB, a first time', () => scenario('a', (seq) => (20 + ((seq * 37) % 81)) * 1024), 600_000);
  runIt('with notes of 20-100 KB, a second time', () => scenario('b', (seq) => (20 + ((seq * 53 + 11) % 81)) * 1024), 600_000);
  runIt('with notes of 100 KB', () => scenario('c', () => 100 * 1024), 600_000);
});
