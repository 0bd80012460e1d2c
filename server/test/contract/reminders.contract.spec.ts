import { plainToInstance } from 'class-transformer';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Role } from '../../src/common/viewer.js';
import { loadConfig } from '../../src/config/app-config.js';
import { InteractionKind, LogInteractionInput } from '../../src/modules/interactions/interaction.model.js';
import { DailyDigest } from '../../src/modules/reminders/digest.js';
import { createMailer } from '../../src/modules/reminders/mailer.js';
import { RemindersRepository } from '../../src/modules/reminders/reminders.repository.js';
import { admin, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';
import { describeEachEngine } from './engines.js';

interface Received {
  to: string[];
  subject: string;
  text: string;
}

const DAY = 86_400_000;
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A real SMTP server in this process: what the app sends arrives here, as a mail server would receive it. */
async function startSmtp(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? '', text: mail.text ?? '' });
          done();
        },
        (e: Error) => done(e),
      );
    },
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, close: () => new Promise<void>((res) => server.close(() => res())) };
}

describeEachEngine('reminders: due follow-ups and the daily email', (store) => {
  let s: Services;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const logs: string[] = [];
  const log = { log: (m: string) => logs.push(m), error: (m: string) => logs.push(m) };
  beforeAll(async () => {
    s = services(store());
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp.close();
  });

  const mailer = () => createMailer(loadConfig({ DATA_DIR: '/nonexistent', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'Coalition <organizing@example.org>' }))!;

  async function organizer(region: string, name: string) {
    const email = `${name.split(' ')[0].toLowerCase()}-${Math.random().toString(36).slice(2)}@example.org`;
    const account = await s.accounts.create(admin(), { email, displayName: name, password: 'long-enough-password', role: Role.LEADER, regionIds: [region] });
    return { me: viewer(Role.LEADER, [region], account.id), email };
  }

  it('emails each account its due and overdue follow-ups with links, once a day from DIGEST_HOUR, and not to those who turned it off', async () => {
    const [r1] = await twoRegions(s);
    const dana = await organizer(r1, 'Dana Organizer');
    const omar = await organizer(r1, 'Omar Quiet');
    const jorge = await s.people.create(dana.me, personInput(r1, { name: 'Jorge Robinson' }));
    const repo = new RemindersRepository(store());
    const at = Date.now();
    const today = dayOf(at);
    const yesterday = dayOf(at - DAY);
    const tomorrow = dayOf(at + DAY);
    await s.interactions.log(dana.me, plainToInstance(LogInteractionInput, {
      kind: InteractionKind.ONE_TO_ONE, personIds: [jorge.id],
      followUps: [
        { text: 'Call Jorge about the hearing', dueDate: yesterday },
        { text: 'Send the turnout plan', dueDate: today },
        { text: 'Book the hall', dueDate: tomorrow },
        { text: 'Already handled', dueDate: yesterday },
      ],
    }));
    const handled = (await s.interactions.mine(dana.me, false)).find((f) => f.text === 'Already handled')!;
    await s.interactions.setDone(dana.me, handled.id, true);
    await s.interactions.log(omar.me, plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, personIds: [jorge.id], followUps: [{ text: 'Omar’s call', dueDate: yesterday }] }));

    // The count shown in the navigation: due today or earlier, not done.
    expect(await repo.dueCount(dana.me.accountId, today)).toEqual({ due: 2, overdue: 1 });
    expect(await repo.digestEmails(dana.me.accountId)).toBe(true);
    await repo.setDigestEmails(omar.me.accountId, false);
    expect(await repo.digestEmails(omar.me.accountId)).toBe(false);

    const hour = new Date(at).getUTCHours();
    let clock = Date.UTC(new Date(at).getUTCFullYear(), new Date(at).getUTCMonth(), new Date(at).getUTCDate(), hour);
    const digest = new DailyDigest(repo, mailer(), { hour, appUrl: 'https://crm.example.org', log, now: () => clock });

    // An hour before DIGEST_HOUR: nothing yet.
    if (hour > 0) {
      clock -= 3_600_000;
      await digest.check();
      expect(smtp.received.filter((m) => m.to.includes(dana.email))).toEqual([]);
      clock += 3_600_000;
    }
    await digest.check();
    const toDana = smtp.received.filter((m) => m.to.includes(dana.email));
    expect(toDana).toHaveLength(1);
    expect(toDana[0].subject).toBe('2 follow-ups due (1 overdue)');
    const text = toDana[0].text;
    expect(text).toContain('Hello Dana Organizer');
    expect(text).toMatch(/Overdue:\n- Call Jorge about the hearing \(overdue: due [A-Z][a-z]{2} \d{1,2}, \d{4}\)/);
    expect(text).toContain('Due today:\n- Send the turnout plan');
    expect(text).toContain(`Jorge Robinson: https://crm.example.org/people/${jorge.id}`);
    expect(text).toContain('All your follow-ups: https://crm.example.org/follow-ups');
    expect(text).not.toContain('Book the hall');
    expect(text).not.toContain('Already handled');
    // Omar turned the email off.
    expect(smtp.received.filter((m) => m.to.includes(omar.email))).toEqual([]);

    // Later the same day, and after a restart (a new job on the same data): the day is recorded, nothing goes twice.
    clock += 2 * 3_600_000;
    await digest.check();
    await new DailyDigest(repo, mailer(), { hour, appUrl: 'https://crm.example.org', log, now: () => clock }).check();
    expect(smtp.received.filter((m) => m.to.includes(dana.email))).toHaveLength(1);
    await digest.stop();

    // What is logged names no address and no follow-up.
    expect(logs.join('\n')).toMatch(/Daily follow-up emails for \d{4}-\d\d-\d\d: \d+ sent\./);
    expect(logs.join('\n')).not.toMatch(/example\.org|Jorge|hearing/);
  });

  it('a mail server that cannot be reached is logged with a way out, without addresses, and the job goes on', async () => {
    const [r1] = await twoRegions(s);
    const dana = await organizer(r1, 'Dana Second');
    const jorge = await s.people.create(dana.me, personInput(r1, { name: 'Jorge Second' }));
    await s.interactions.log(dana.me, plainToInstance(LogInteractionInput, { kind: InteractionKind.ONE_TO_ONE, personIds: [jorge.id], followUps: [{ text: 'Call back', dueDate: dayOf(Date.now() - DAY) }] }));
    const repo = new RemindersRepository(store());
    // A day after the first test's, so this one is due to send.
    const clock = Date.now() + DAY;
    const closed = createMailer(loadConfig({ DATA_DIR: '/nonexistent', SMTP_HOST: '127.0.0.1', SMTP_PORT: '1' }))!;
    const errors: string[] = [];
    const digest = new DailyDigest(repo, closed, { hour: 0, appUrl: 'http://localhost:4000', log: { log: () => undefined, error: (m) => errors.push(m) }, now: () => clock });
    await digest.check();
    await digest.stop();
    expect(errors.some((m) => /could not be reached\. Check the SMTP_\* settings\./.test(m))).toBe(true);
    expect(errors.join('\n')).not.toMatch(/example\.org|Call back/);
  });

  it('is off without SMTP_HOST', () => {
    expect(createMailer(loadConfig({ DATA_DIR: '/nonexistent' }))).toBeNull();
    const lines: string[] = [];
    const digest = new DailyDigest(new RemindersRepository(store()), null, { hour: 7, appUrl: 'http://x', log: { log: (m) => lines.push(m), error: (m) => lines.push(m) } });
    digest.start();
    expect(digest.enabled).toBe(false);
    expect(lines).toEqual(['Daily follow-up emails are off: SMTP_HOST is not set.']);
  });
});
