import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { pino, stdTimeFunctions, type Logger, type LevelWithSilent } from 'pino';

/**
 * Logs: one JSON line per event on stdout (pino), every line of a request carrying its `requestId`.
 *
 * nestjs-pino is not used: its releases for Nest 12 (5.x) require Node >= 22.12 (`npm install` prints
 * EBADENGINE on Node 20), and 4.x declares Nest <= 11 only. pino declares no engine, so
 * a small LoggerService adapter below routes Nest's own lines through pino.
 */

/** LOG_LEVEL values: Nest's (error, warn, log, debug, verbose) and pino's (fatal, error, warn, info, debug, trace, silent). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'info', 'debug', 'verbose', 'trace', 'silent'] as const;
export type LogLevelSetting = (typeof LOG_LEVELS)[number];

export function pinoLevel(setting: LogLevelSetting): LevelWithSilent {
  if (setting === 'log') return 'info';
  if (setting === 'verbose') return 'trace';
  return setting;
}

/**
 * Personal data never reaches a log line. Request bodies and GraphQL variables are not logged at all (the
 * request serializer keeps method, path and id only); these paths catch contact details passed to a logger
 * by mistake as objects.
 */
export const REDACTED_PATHS = [
  'req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]',
  'body', 'variables', 'input', 'password',
  'email', 'emails', 'phone', 'phones', 'notes',
  '*.body', '*.variables', '*.input', '*.password',
  '*.email', '*.emails', '*.phone', '*.phones', '*.notes',
];

const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the HTTP request being served (also in its X-Request-Id response header), if any. */
export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

/** Runs `work` as part of the request with this id: its log lines and error references carry the id. */
export function inRequest<T>(requestId: string, work: () => T): T {
  return requestContext.run({ requestId }, work);
}

export function createLogger(setting: LogLevelSetting, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: pinoLevel(setting),
      base: undefined,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

/** A client may name its request (X-Request-Id) to follow it into our logs; anything else gets a fresh id. */
const CLIENT_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * Gives every request an id (echoed in X-Request-Id), keeps it for the lines logged while serving it,
 * and logs one line when the response is done: method, path (no query string: GET /graphql can carry
 * variables there), status, time, GraphQL operation name. Never headers, bodies or variables.
 *
 * Not pino-http: it made two child loggers per request (serialising the request into each) and three listeners,
 * even when the line was below LOG_LEVEL: about 3% of the server's busy time in a profile of signed-in
 * `{ __typename }` requests (docs/read-path.md). This writes the same line through the same pino logger.
 */
export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && CLIENT_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    const started = Date.now();
    // 'close' follows 'finish' on every response, and comes alone when the client went away first.
    res.once('close', () => {
      const failed = res.statusCode >= 500;
      const level = failed ? 'error' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      // The built web app's files are not worth a line each.
      if (req.method === 'GET' && req.originalUrl.startsWith('/assets/')) return;
      const operation = (req.body as { operationName?: unknown } | undefined)?.operationName;
      const line = {
        req: { method: req.method, path: req.originalUrl.split('?')[0] },
        res: { status: res.statusCode },
        ...(failed ? { err: { type: 'Error' } } : {}),
        responseTime: Date.now() - started,
        ...(typeof operation === 'string' && /^\w{1,100}$/.test(operation) ? { operation } : {}),
      };
      inRequest(id, () => logger[level](line, failed ? 'request failed' : 'request completed'));
    });
    inRequest(id, next);
  };
}

/** Nest's own lines (start-up, modules, exceptions from HTTP routes) through pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    // Nest calls error(message, stack?, context?).
    const [stack, ...others] = rest;
    if (typeof stack === 'string' && /\n\s*at /.test(stack)) this.write('error', message, others, { stack: stack.split('\n').slice(1).map((l) => l.trim()).join('\n') });
    else this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace', message: unknown, rest: unknown[], extra: Record<string, unknown> = {}): void {
    const context = rest.length && typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const fields = { ...(context ? { context } : {}), ...extra };
    // An Error's message can quote user data: its name and stack frames locate the fault without it.
    if (message instanceof Error) this.logger[level]({ ...fields, err: { type: message.name, stack: framesOf(message) } }, 'Unexpected error');
    else this.logger[level](fields, typeof message === 'string' ? message : JSON.stringify(message));
  }
}

/** The stack without its first line (which repeats the message). */
export function framesOf(error: Error): string {
  return (error.stack ?? '').split('\n').slice(1).map((l) => l.trim()).join('\n');
}
