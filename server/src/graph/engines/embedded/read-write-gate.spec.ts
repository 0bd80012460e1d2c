import { ReadWriteGate } from './read-write-gate.js';

/** A step that ends when told to, recording when it ran. */
function step(log: string[], name: string) {
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  return {
    end,
    run: async () => {
      log.push(`${name} start`);
      await ended;
      log.push(`${name} end`);
    },
  };
}
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('ReadWriteGate: reads together, writes alone', () => {
  it('runs reads at the same time', async () => {
    const gate = new ReadWriteGate();
    const log: string[] = [];
    const a = step(log, 'read a');
    const b = step(log, 'read b');
    const done = [gate.read(a.run), gate.read(b.run)];
    await turn();
    expect(log).toEqual(['read a start', 'read b start']);
    a.end();
    b.end();
    await Promise.all(done);
  });

  it('starts a write only once the reads under way have ended, and holds reads that arrive meanwhile until it ends', async () => {
    const gate = new ReadWriteGate();
    const log: string[] = [];
    const r1 = step(log, 'read 1');
    const w = step(log, 'write');
    const r2 = step(log, 'read 2');
    const done = [gate.read(r1.run)];
    await turn();
    done.push(gate.write(w.run));
    await turn();
    done.push(gate.read(r2.run)); // arrives after the write asked: waits behind it
    await turn();
    expect(log).toEqual(['read 1 start']);
    r1.end();
    await turn();
    expect(log).toEqual(['read 1 start', 'read 1 end', 'write start']);
    w.end();
    await turn();
    expect(log).toEqual(['read 1 start', 'read 1 end', 'write start', 'write end', 'read 2 start']);
    r2.end();
    await Promise.all(done);
  });

  it('lets the reads woken by a write finish before the next write starts', async () => {
    const gate = new ReadWriteGate();
    const log: string[] = [];
    const w1 = step(log, 'write 1');
    const r = step(log, 'read');
    const w2 = step(log, 'write 2');
    const first = gate.write(w1.run);
    await turn();
    const read = gate.read(r.run);
    w1.end();
    await first;
    // The next write of the queue asks at once: the woken read is counted already, so the write waits for it.
    const second = gate.write(w2.run);
    await turn();
    expect(log).toEqual(['write 1 start', 'write 1 end', 'read start']);
    r.end();
    await read;
    await turn();
    expect(log.at(-1)).toBe('write 2 start');
    w2.end();
    await second;
  });

  it('a failed read or write opens the gate all the same', async () => {
    const gate = new ReadWriteGate();
    await expect(gate.read(() => Promise.reject(new Error('read failed')))).rejects.toThrow('read failed');
    await expect(gate.write(() => Promise.reject(new Error('write failed')))).rejects.toThrow('write failed');
    await expect(gate.read(async () => 'read')).resolves.toBe('read');
    await expect(gate.write(async () => 'written')).resolves.toBe('written');
  });
});
