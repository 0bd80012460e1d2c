import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module.js';
import { GraphqlExceptionsFilter } from './common/graphql-exceptions.filter.js';
import { createLogger, PinoNestLogger, requestLogging } from './common/logging.js';
import { requestLocaleMiddleware } from './i18n/request-locale.js';
import { localizedJson } from './i18n/localized-json.js';
import { queryTokenLimit } from './common/query-limits.js';
import { requestTimeout } from './common/request-deadline.js';
import { createValidationPipe } from './common/validation.js';
import type { AppConfig } from './config/app-config.js';

/** The built web app: WEB_DIST, or web/dist next to the server in this repository. */
function webDist(config: AppConfig): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = resolve(config.WEB_DIST ?? resolve(here, '../../web/dist'));
  return existsSync(resolve(dir, 'index.html')) ? dir : null;
}

/** Builds the whole app (GraphQL API and web app on one port) without listening: main.ts and the tests share it. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const logger = createLogger(config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    // JSON bodies only (below, with their limit): nothing here takes form posts, so no urlencoded parser runs per request.
    bodyParser: false,
    // A failure to start (a damaged database file) reaches main.ts, which prints its message for the operator;
    // Nest would otherwise log it through the JSON logger, which leaves messages out, and exit.
    abortOnError: false,
  });
  app.use(requestLogging(logger));
  app.use(requestLocaleMiddleware);
  app.use(['/import', '/maps', '/public/rsvp'], localizedJson);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphqlExceptionsFilter(app.get(HttpAdapterHost).httpAdapter));
  app.disable('x-powered-by');
  // Which X-Forwarded-For to believe for req.ip (sign-in audit, RSVP page limit): none unless TRUST_PROXY says.
  app.set('trust proxy', config.trustProxy);
  app.useBodyParser('json', { limit: '1mb' });
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  app.use('/graphql', queryTokenLimit(), requestTimeout(config.REQUEST_TIMEOUT_MS));

  const dist = webDist(config);
  if (dist) {
    app.useStaticAssets(dist, { index: false, maxAge: '1h' });
    const index = resolve(dist, 'index.html');
    // Client-side routes (/people/123) get the app shell; /graphql is left to Apollo.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/graphql') || req.path.startsWith('/export/') || req.path.startsWith('/import/') || req.path.startsWith('/maps/') || req.path.startsWith('/public/') || !req.accepts('html')) return next();
      res.setHeader('Content-Security-Policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  }
  return app;
}
