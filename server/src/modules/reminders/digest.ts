import { todayUtc } from '../../common/clock.js';
import { formatDay, t } from '../../i18n/i18n.js';
import type { Mailer } from './mailer.js';
import type { DigestAccount, RemindersRepository } from './reminders.repository.js';

export interface DigestOptions {
  /** UTC hour from which the day's digest goes out. */
  hour: number;
  /** Where links in the message point (no trailing slash). */
  appUrl: string;
  log: { log(message: string): void; error(message: string): void };
  now?: () => number;
}

/** How often the job looks at the clock: the digest leaves within this long after DIGEST_HOUR begins. */
const CHECK_EVERY_MS = 60_000;

/**
 * The daily email of each account's due and overdue follow-ups. A timer checks the hour; once it is past
 * DIGEST_HOUR (UTC) and today's digest has not gone out, the day is recorded in the graph first, then the
 * messages are sent: a restart the same day finds the day recorded and sends nothing again. The price is that
 * a message the mail server refused is not retried until the next day (the refusal is logged, without content).
 */
export class DailyDigest {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly now: () => number;

  constructor(
    private readonly repo: RemindersRepository,
    private readonly mailer: Mailer | null,
    private readonly options: DigestOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.mailer !== null;
  }

  start(): void {
    if (!this.mailer) {
      this.options.log.log('Daily follow-up emails are off: SMTP_HOST is not set.');
      return;
    }
    void this.check();
    this.timer = setInterval(() => void this.check(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.mailer?.close();
  }

  /** Sends today's digest if it is time and it has not gone out yet; one run at a time. */
  check(): Promise<void> {
    this.running ??= this.run().finally(() => (this.running = null));
    return this.running;
  }

  private async run(): Promise<void> {
    const at = this.now();
    if (!this.mailer || new Date(at).getUTCHours() < this.options.hour) return;
    const day = todayUtc(at);
    try {
      if ((await this.repo.lastDigestDay()) === day) return;
      await this.repo.setLastDigestDay(day);
    } catch (e) {
      this.options.log.error(`Daily follow-up emails: could not read or record the day (${e instanceof Error ? e.name : 'error'}); trying again in a minute.`);
      return;
    }
    let accounts: DigestAccount[];
    try {
      accounts = await this.repo.digest(day);
    } catch (e) {
      this.options.log.error(`Daily follow-up emails for ${day} not sent: the follow-ups could not be read (${e instanceof Error ? e.name : 'error'}).`);
      return;
    }
    let failed = 0;
    for (const account of accounts) {
      try {
        await this.mailer.send(digestMessage(account, day, this.options.appUrl));
      } catch (e) {
        failed++;
        // The account id only: addresses and follow-up texts are personal data.
        this.options.log.error(`Daily follow-up email to account ${account.accountId} refused: ${mailFailure(e)}. Check the SMTP_* settings.`);
      }
    }
    this.options.log.log(`Daily follow-up emails for ${day}: ${accounts.length - failed} sent${failed ? `, ${failed} failed` : ''}.`);
  }
}

/** A reason a person can act on, without the server's reply (which may quote the message). */
function mailFailure(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  if (code === 'ECONNECTION' || code === 'ESOCKET') return 'the mail server could not be reached';
  if (code === 'ETIMEDOUT') return 'the mail server did not answer in time';
  if (code === 'EAUTH') return 'the mail server refused SMTP_USER and SMTP_PASSWORD';
  if (code === 'EENVELOPE') return 'the mail server refused the sender or the recipient';
  return typeof code === 'string' ? `error ${code}` : 'unknown error';
}

/**
 * The message, in the account's language: plain text (mail programs make the links clickable), so nothing a user
 * typed can become markup. Overdue ones first, as the follow-ups page lists them.
 */
export function digestMessage(account: DigestAccount, day: string, appUrl: string): { to: string; subject: string; text: string } {
  const { locale } = account;
  const overdue = account.followUps.filter((f) => f.dueDate < day);
  const dueToday = account.followUps.filter((f) => f.dueDate >= day);
  const subject = t(locale, 'digest.subject', { total: account.followUps.length, overdue: overdue.length });
  const item = (f: DigestFollowUp) => {
    const late = f.dueDate < day ? ` ${t(locale, 'digest.overdueSince', { due: formatDay(locale, f.dueDate) })}` : '';
    const lines = [`- ${f.text.replace(/\s+/g, ' ')}${late}`];
    for (const p of f.people.slice(0, 5)) lines.push(`  ${p.name}: ${appUrl}/people/${encodeURIComponent(p.id)}`);
    return lines.join('\n');
  };
  const sections = [
    overdue.length ? `${t(locale, 'digest.overdueHeading')}\n${overdue.map(item).join('\n')}` : '',
    dueToday.length ? `${t(locale, 'digest.dueTodayHeading')}\n${dueToday.map(item).join('\n')}` : '',
  ].filter(Boolean);
  const text = [
    account.displayName ? t(locale, 'digest.greeting', { name: account.displayName }) : t(locale, 'digest.greetingNoName'),
    '',
    ...sections.flatMap((s) => [s, '']),
    t(locale, 'digest.allFollowUps', { link: `${appUrl}/follow-ups` }),
    '',
    t(locale, 'digest.footer', { link: `${appUrl}/follow-ups` }),
  ].join('\n');
  return { to: account.email, subject, text };
}

type DigestFollowUp = DigestAccount['followUps'][number];
