import { resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** The environment, validated once at start. Unknown or bad values stop the app with a clear message. */
export class AppConfig {
  @Transform(toInt) @IsInt() @Min(1) @Max(65535)
  PORT = 4000;

  @IsString()
  HOST = '0.0.0.0';

  /** Folder for the embedded engine's data (the database file is DATA_DIR/graph.lbug). */
  @IsString()
  DATA_DIR = './data';

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

  /** Turnout asks a person may receive in 30 days before asking again needs a confirmation (seed 000: don't exhaust members). */
  @Transform(toInt) @IsInt() @Min(1) @Max(100)
  ASK_LIMIT_30_DAYS = 3;

  /** Emerging leaders over the whole network are scored by a background job this often (hours; 0: only when someone presses Recompute). */
  @Transform(toInt) @IsInt() @Min(0) @Max(24 * 30)
  LEADERS_SCHEDULE_HOURS = 24;

  /** Emerging leaders for a scope of at most this many people are computed when asked; larger scopes are served from the last background run. */
  @Transform(toInt) @IsInt() @Min(0)
  LEADERS_LIVE_MAX_PEOPLE = 20_000;

  /** Record reads kept in memory until the next write (embedded engine only; 0 turns it off). */
  @Transform(toInt) @IsInt() @Min(0) @Max(1_000_000)
  READ_CACHE_ENTRIES = 5_000;

  /** Folder of the built web app, served at `/`. */
  @IsOptional() @IsString()
  WEB_DIST?: string;

  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'log';

  get engine(): 'embedded' | 'neo4j' {
    return this.NEO4J_URI ? 'neo4j' : 'embedded';
  }

  get databaseFile(): string {
    return resolve(this.DATA_DIR, 'graph.lbug');
  }
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat(['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'WEB_DIST']);
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
