import { Writable } from 'node:stream';
import { loadConfig } from '../config/app-config.js';
import { createLogger, inRequest, PinoNestLogger, type LogLevelSetting } from './logging.js';

function capture(level: LogLevelSetting) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(level, sink), lines };
}

describe('logging', () => {
  it('accepts the LOG_LEVEL values that worked before and pino’s names; refuses others naming the choices', () => {
    for (const level of ['error', 'warn', 'log', 'debug', 'info', 'trace', 'fatal', 'silent']) expect(loadConfig({ LOG_LEVEL: level }).LOG_LEVEL).toBe(level);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL: .*log.*info/);
  });

  it('writes Nest’s "log" lines at info, leaves out lines below the level, and tags lines with the request id', async () => {
    const { logger, lines } = capture('log');
    const nest = new PinoNestLogger(logger);
    inRequest('req-12345678', () => nest.log('Ready', 'Coalition'));
    nest.debug('details', 'Coalition');
    await new Promise((r) => setImmediate(r));
    expect(lines).toEqual([expect.objectContaining({ level: 'info', msg: 'Ready', context: 'Coalition', requestId: 'req-12345678' })]);
  });

  it('redacts contact details handed to the logger, and logs an Error by its name and frames, not its message', async () => {
    const { logger, lines } = capture('debug');
    logger.info({ email: 'rosa@example.org', input: { phones: ['555-0101'] }, person: { notes: 'private', emails: ['rosa@example.org'] } }, 'saved');
    new PinoNestLogger(logger).error(new TypeError('cannot read rosa@example.org'));
    await new Promise((r) => setImmediate(r));
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(/rosa@example\.org|555-0101|private/);
    expect(lines[1]).toMatchObject({ level: 'error', err: { type: 'TypeError', stack: expect.stringMatching(/^at /) } });
  });
});
