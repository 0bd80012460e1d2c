import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { GraphqlClient } from '../support/graphql-client.js';
import { DEMO, DEMO_PASSWORD, removeDir, startServer, type RunningServer } from '../support/server.js';

interface Received {
  to: string[];
  from: string;
  subject: string;
  text: string;
}

describe('API: the daily email of due follow-ups, through a real SMTP server', () => {
  let server: RunningServer;
  let smtp: SMTPServer;
  const received: Received[] = [];
  let arrived: () => void = () => undefined;
  const first = new Promise<void>((res) => (arrived = res));

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, done) {
        simpleParser(stream).then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), from: `${mail.from?.value[0]?.name ?? ''} <${mail.from?.value[0]?.address ?? ''}>`, subject: mail.subject ?? '', text: mail.text ?? '' });
          arrived();
          done();
        }, done);
      },
    });
    await new Promise<void>((res) => smtp.listen(0, '127.0.0.1', () => res()));
    const port = (smtp.server.address() as { port: number }).port;
    // DIGEST_HOUR 0: any hour of the day is past it, so the day's digest goes out as the app starts.
    server = await startServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_FROM: 'Coalition Graph <organizing@example.org>', APP_URL: 'https://crm.example.org/', DIGEST_HOUR: '0' });
  });
  afterAll(async () => {
    await server.stop();
    removeDir(server.dataDir);
    await new Promise<void>((res) => smtp.close(() => res()));
  });

  it('sends each account with something due its follow-ups with links to the app, and logs no address or content', async () => {
    await first;
    // The job logs once when the day's sending is over.
    while (!/Daily follow-up emails for \d{4}-\d\d-\d\d: \d+ sent/.test(server.output())) await new Promise((r) => setTimeout(r, 100));
    // The demo's overdue follow-up: "Confirm the room for the hearing prep", due 12 days ago.
    const mail = received.find((m) => m.text.includes('Confirm the room for the hearing prep'));
    expect(mail).toBeDefined();
    expect(mail!.to).toHaveLength(1);
    expect(mail!.to[0]).toMatch(/@demo\.example\.org$/);
    expect(mail!.from).toBe('Coalition Graph <organizing@example.org>');
    expect(mail!.subject).toMatch(/^\d+ follow-ups? due \(\d+ overdue\)$/);
    expect(mail!.text).toMatch(/Overdue:\n- [^\n]+\(overdue: due [A-Z][a-z]{2} \d{1,2}, \d{4}\)/);
    expect(mail!.text).toMatch(/https:\/\/crm\.example\.org\/people\/[\w-]+/);
    expect(mail!.text).toContain('All your follow-ups: https://crm.example.org/follow-ups');

    // Each demo account that got one sees as many due follow-ups in the app as its email lists.
    const recipients = received.flatMap((m) => m.to);
    const demoRecipients = Object.values(DEMO).filter((e) => recipients.includes(e));
    expect(demoRecipients.length).toBeGreaterThan(0);
    for (const email of demoRecipients) {
      const user = new GraphqlClient(server.url);
      await user.signIn(email, DEMO_PASSWORD);
      const { myReminders } = await user.ok(`{ myReminders { due overdue digestEmails digestAvailable } }`);
      const subject = received.find((m) => m.to.includes(email))!.subject;
      expect(myReminders).toMatchObject({ digestEmails: true, digestAvailable: true });
      expect(`${myReminders.due} follow-up${myReminders.due === 1 ? '' : 's'} due${myReminders.overdue ? ` (${myReminders.overdue} overdue)` : ''}`).toBe(subject);
    }
    const address = mail!.to[0];
    const log = server.output();
    expect(log).toMatch(/Daily follow-up emails for \d{4}-\d\d-\d\d: \d+ sent/);
    expect(log).not.toContain('Confirm the room');
    expect(log).not.toContain(address);
  });
});
