import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { LOG_LEVELS, type LogLevelSetting } from '../common/logging.js';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateBy, ValidateIf, validateSync } from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** Express's names for address ranges (proxy-addr), usable in TRUST_PROXY. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY as Express's `trust proxy` takes it: false (the connecting address is the client's), true (the
 * left-most X-Forwarded-For address), a number of proxy hops, or the proxies' addresses (IPs, CIDR ranges,
 * loopback / linklocal / uniquelocal, comma-separated). Null when it is none of these.
 */
export function trustProxyOf(value: string): boolean | number | string[] | null {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v) <= 10 ? Number(v) : null;
  const items = v.split(',').map((x) => x.trim()).filter(Boolean);
  const ok = (x: string) => {
    if (PROXY_RANGES.has(x)) return true;
    const [ip, bits, ...rest] = x.split('/');
    const family = isIP(ip);
    if (!family || rest.length) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  };
  return items.length && items.every(ok) ? items : null;
}

/** The environment, validated once at start. Unknown or bad values stop the app with a clear message. */
export class AppConfig {
  @Transform(toInt) @IsInt() @Min(1) @Max(65535)
  PORT = 4000;

  @IsString()
  HOST = '0.0.0.0';

  /** Folder for the embedded engine's data (the database file is DATA_DIR/graph.lbug). */
  @IsString()
  DATA_DIR = './data';

  /**
   * Embedded engine: free space (MB) kept in the data folder; writes are refused with STORAGE_FULL below it.
   * 64: a checkpoint folds up to 16 MiB of write-ahead log into the database file and took up to 32.5 MiB
   * of free space while running (measured); twice that leaves room for a large write before it and for the
   * logs and backups that share the disk. The store also keeps room for its next checkpoint whatever this is.
   */
  @Transform(toInt) @IsInt() @Min(0)
  STORAGE_RESERVE_MB = 64;

  @IsOptional() @IsString()
  NEO4J_URI?: string;

  @ValidateIf((c: AppConfig) => !!c.NEO4J_URI) @IsString() @MinLength(1)
  NEO4J_USER?: string;

  @ValidateIf((c: AppConfig) => !!c.NEO4J_URI) @IsString() @MinLength(1)
  NEO4J_PASSWORD?: string;

  @IsOptional() @IsString()
  NEO4J_DATABASE?: string;

  /** Load the demo coalition into an empty database at start. */
  @Transform(toBool) @IsBoolean()
  DEMO_DATA = true;

  @Transform(toInt) @IsInt() @Min(1) @Max(24 * 90)
  SESSION_TTL_HOURS = 24 * 14;

  /** Mark the session cookie Secure (set when served over HTTPS). */
  @Transform(toBool) @IsBoolean()
  COOKIE_SECURE = false;

  /** Failed sign-ins allowed per email within SIGNIN_WINDOW_MINUTES (ten times as many per client address). */
  @Transform(toInt) @IsInt() @Min(1)
  SIGNIN_MAX_FAILURES = 5;

  @Transform(toInt) @IsInt() @Min(1)
  SIGNIN_WINDOW_MINUTES = 15;

  /** Password checks run at once over the whole server (each takes 64 MiB and a core for a moment); up to eight times as many wait their turn, more are answered 429. */
  @Transform(toInt) @IsInt() @Min(1) @Max(64)
  SIGNIN_CONCURRENT_CHECKS = 2;

  /** A GraphQL request still running after this many milliseconds is answered with REQUEST_TIMEOUT (0: no limit). */
  @Transform(toInt) @IsInt() @Min(0) @Max(600_000)
  REQUEST_TIMEOUT_MS = 30_000;

  /** Signed-in accounts may read the API's schema (introspection); false turns it off for everyone. */
  @Transform(toBool) @IsBoolean()
  GRAPHQL_INTROSPECTION = true;

  /** Turnout asks a person may receive in 30 days before asking again needs a confirmation (seed 000: don't exhaust members). */
  @Transform(toInt) @IsInt() @Min(1) @Max(100)
  ASK_LIMIT_30_DAYS = 3;

  /** Emerging leaders over the whole network are scored by a background job this often (hours; 0: only when someone presses Recompute). */
  @Transform(toInt) @IsInt() @Min(0) @Max(24 * 30)
  LEADERS_SCHEDULE_HOURS = 24;

  /** Emerging leaders for a scope of at most this many people are computed when asked; larger scopes are served from the last background run. */
  @Transform(toInt) @IsInt() @Min(0)
  LEADERS_LIVE_MAX_PEOPLE = 20_000;

  /** Embedded engine: hours between checked backups into DATA_DIR/backups (fractions allowed; 0: none). Off on Neo4j. */
  @Transform(toInt) @IsNumber() @Min(0) @Max(24 * 30)
  BACKUP_SCHEDULE_HOURS = 24;

  /** Backups kept: the newest of each of this many most recent days that have one... */
  @Transform(toInt) @IsInt() @Min(0)
  BACKUP_KEEP_DAILY = 7;

  /** ...and the newest of each of this many most recent weeks. */
  @Transform(toInt) @IsInt() @Min(0)
  BACKUP_KEEP_WEEKLY = 4;

  /** Record reads kept in memory until the next write (embedded engine only; 0 turns it off). */
  @Transform(toInt) @IsInt() @Min(0) @Max(1_000_000)
  READ_CACHE_ENTRIES = 5_000;

  /** Mail server for the daily follow-up digest; digests are off when it is not set. */
  @IsOptional() @IsString()
  SMTP_HOST?: string;

  @Transform(toInt) @IsInt() @Min(1) @Max(65535)
  SMTP_PORT = 587;

  /** Sign-in name and password at the mail server, when it asks for them. */
  @IsOptional() @IsString()
  SMTP_USER?: string;

  @IsOptional() @IsString()
  SMTP_PASSWORD?: string;

  /** The digest's sender, like "Coalition Graph <organizing@example.org>". */
  @IsString() @MinLength(3)
  SMTP_FROM = 'Coalition Graph <no-reply@localhost>';

  /** TLS from the first byte (port 465); false: STARTTLS when the server offers it (port 587). */
  @Transform(toBool) @IsBoolean()
  SMTP_SECURE = false;

  /** Where users open the app, for links in emails (like https://crm.example.org); defaults to http://localhost:PORT. */
  @IsOptional() @Matches(/^https?:\/\/[^\s]+$/, { message: 'APP_URL must start with http:// or https://, like https://crm.example.org' })
  APP_URL?: string;

  /** Hour of the day (UTC, 0-23) when the daily digest of due and overdue follow-ups is sent. */
  @Transform(toInt) @IsInt() @Min(0) @Max(23)
  DIGEST_HOUR = 7;

  /** RSVPs one client address may send through public RSVP pages in an hour; more are answered 429 (people behind one office or campus address share it). */
  @Transform(toInt) @IsInt() @Min(1) @Max(10_000)
  RSVP_PAGE_MAX_PER_HOUR = 20;

  /**
   * Behind a reverse proxy (nginx, a load balancer): which proxies to believe about the client's address
   * (X-Forwarded-For), for the sign-in audit and the RSVP page's per-address limit. Off by default: anyone can
   * send that header, so it is believed only from proxies named here (see trustProxyOf).
   */
  @ValidateBy({
    name: 'trustProxy',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && trustProxyOf(v) !== null,
      defaultMessage: () => 'TRUST_PROXY must be false, true, a number of proxy hops (1 to 10), or the proxies\' addresses (IPs or CIDR ranges, or loopback, linklocal, uniquelocal), comma-separated',
    },
  })
  TRUST_PROXY = 'false';

  /** Folder of the built web app, served at `/`. */
  @IsOptional() @IsString()
  WEB_DIST?: string;

  /** Nest's names (error, warn, log, debug, verbose) or pino's (fatal, error, warn, info, debug, trace, silent). */
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevelSetting = 'log';

  get engine(): 'embedded' | 'neo4j' {
    return this.NEO4J_URI ? 'neo4j' : 'embedded';
  }

  /** The address links in emails point to. */
  get appUrl(): string {
    return (this.APP_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  /** TRUST_PROXY as Express's `trust proxy` setting. */
  get trustProxy(): boolean | number | string[] {
    return trustProxyOf(this.TRUST_PROXY) ?? false;
  }

  get databaseFile(): string {
    return resolve(this.DATA_DIR, 'graph.lbug');
  }
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat(['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'WEB_DIST', 'SMTP_HOST', 'SMTP_USER', 'SMTP_PASSWORD', 'APP_URL']);
  const picked: Record<string, unknown> = {};
  for (const k of known) if (env[k] !== undefined) picked[k] = env[k];
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return config;
}
