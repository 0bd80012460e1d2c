import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer } from '../support/server.js';

/** Notes of 10–100 KB whose text is derived from the writer and sequence number, so what comes back can be checked. */
function notesFor(writer: number, seq: number): string {
  const size = 10_000 + ((writer * 7919 + seq * 104_729) % 90_001);
  const seed = `writer ${writer}, note ${seq}: met at the union hall, talked about rent, childcare and the hearing. `;
  return seed.repeat(Math.ceil(size / seed.length)).slice(0, size).trim();
}
const digest = (s: string) => createHash('sha256').update(s).digest('hex');

describe('API: a crash loses no acknowledged write', () => {
  it('finds every acknowledged create and update, long notes among them, after SIGKILL in the middle of writing', async () => {
    const first = await startServer();
    const acknowledged = new Map<string, { name: string; notes: string }>();
    let killed = false;
    try {
      const clients = await Promise.all([0, 1, 2, 3].map(async () => {
        const c = new GraphqlClient(first.url);
        await c.signIn(DEMO.staff, DEMO_PASSWORD);
        return c;
      }));
      // Four writers at once, each creating people with long notes and then editing them; the process is killed
      // once 60 writes are acknowledged, while others are still in flight.
      const writer = async (c: GraphqlClient, w: number) => {
        for (let seq = 0; !killed; seq++) {
          const name = `Crash Writer ${w}-${seq}`;
          const notes = notesFor(w, seq);
          let r;
          try {
            r = await c.request(`mutation($n: String!, $notes: String) { createPerson(input: { name: $n, regionId: "region-great-lakes", notes: $notes }) { id version } }`, { n: name, notes });
          } catch {
            return; // the connection died with the process: not acknowledged
          }
          if (r.errors) throw new Error(JSON.stringify(r.errors));
          const { id, version } = r.data!.createPerson;
          acknowledged.set(id, { name, notes });
          if (seq % 3 === 0) {
            const edited = `${notes} Follow-up: she will bring three neighbors.`;
            try {
              const u = await c.request(`mutation($id: ID!, $v: Int!, $n: String!, $notes: String) { updatePerson(id: $id, version: $v, input: { name: $n, regionId: "region-great-lakes", notes: $notes }) { id } }`, { id, v: version, n: `${name} (edited)`, notes: edited });
              if (u.errors) throw new Error(JSON.stringify(u.errors));
              acknowledged.set(id, { name: `${name} (edited)`, notes: edited });
            } catch (e) {
              if (!killed) throw e;
              return;
            }
          }
          if (acknowledged.size >= 60 && !killed) {
            killed = true;
            await first.kill();
          }
        }
      };
      await Promise.all(clients.map((c, w) => writer(c, w)));
    } finally {
      await first.kill();
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(60);
    const sizes = [...acknowledged.values()].map((v) => v.notes.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9_000);
    expect(Math.max(...sizes)).toBeGreaterThan(60_000);

    // The killed process may leave a write-ahead log; it replays when the data is opened again.
    const second = await startServer({}, first.dataDir);
    try {
      const c = new GraphqlClient(second.url);
      await c.signIn(DEMO.staff, DEMO_PASSWORD);
      for (const [id, expected] of acknowledged) {
        const { person } = await c.ok<{ person: { name: string; notes: string } }>(`query($id: ID!) { person(id: $id) { name notes } }`, { id });
        expect({ id, name: person.name, notes: digest(person.notes) }).toEqual({ id, name: expected.name, notes: digest(expected.notes) });
      }
      expect(await second.stop()).toBe(0);
      expect(readdirSync(first.dataDir).filter((f) => f.endsWith('.wal'))).toEqual([]);
    } finally {
      await second.kill();
      removeDir(first.dataDir);
    }
  });
});
