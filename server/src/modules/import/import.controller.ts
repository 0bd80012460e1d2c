import { Controller, Get, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import { GraphError } from '../../graph/errors.js';
import type { Request, Response } from 'express';
import { AppError, badInput } from '../../common/app-error.js';
import { AuthService, readCookie, SESSION_COOKIE } from '../auth/auth.service.js';
import { ImportService } from './import.service.js';
import { parseKind } from './mapping.js';

/** The largest file accepted, in bytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** How long a roll-back request waits for the roll-back to end before answering 202 (it goes on in the background). */
const ROLLBACK_WAIT_MS = 3000;

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, FAILED_PRECONDITION: 409 };

/**
 * CSV import over HTTP, for the signed-in user (admins, staff, leaders):
 *   POST /import/<kind>?preview=true         body: the CSV (Content-Type: text/csv) → headers, suggested mapping, resumable jobs
 *   POST /import/<kind>?dryRun=true&mapping=… → the row-by-row report (nothing written)
 *   POST /import/<kind>?mapping=…&region=…&fileName=…   → 202 and the job; poll GET /import/jobs/<id>
 *   POST /import/<kind>?resume=<job id>       body: the same file → 202, the job continues from the row it had reached
 *   GET  /import/jobs                         → the viewer's recent imports (admins: everyone's)
 *   POST /import/jobs/<id>/rollback[?keepEdited=true] → the job, rolled back (409 naming records changed since); a roll-back
 *                                           still going after 3 s answers 202, the job "rollingBack": poll GET /import/jobs/<id>
 * <kind> is people, organizations, interactions or attendance. `mapping` is JSON, column header → field;
 * `region` (id or name) is for rows with no region column.
 */
@Controller('import')
export class ImportController {
  constructor(
    private readonly auth: AuthService,
    private readonly imports: ImportService,
  ) {}

  @Post(':kind')
  async upload(
    @Param('kind') kindText: string,
    @Query() query: Record<string, string | undefined>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const viewer = await this.auth.viewerFor(readCookie(req.headers.cookie, SESSION_COOKIE));
      if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
      const kind = parseKind(kindText);
      this.imports.assertAllowed(viewer);
      const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'text/csv') throw badInput('file', 'Send the file as text/csv.');
      const text = await readBody(req);
      if (query.preview === 'true') return void res.status(200).json(await this.imports.preview(viewer, kind, text));
      const dryRun = query.dryRun === 'true';
      const { job, done } = await this.imports.start(viewer, text, { kind, dryRun, mapping: query.mapping, defaultRegion: query.region, fileName: query.fileName, resume: query.resume });
      if (dryRun) return void res.status(200).json(await done);
      res.status(202).json(job);
    } catch (e) {
      fail(res, e);
    }
  }

  @Get('jobs')
  async jobs(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const viewer = await this.auth.viewerFor(readCookie(req.headers.cookie, SESSION_COOKIE));
      if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
      res.status(200).json(await this.imports.jobs(viewer));
    } catch (e) {
      fail(res, e);
    }
  }

  @Post('jobs/:id/rollback')
  async rollback(@Param('id') id: string, @Query('keepEdited') keepEdited: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const viewer = await this.auth.viewerFor(readCookie(req.headers.cookie, SESSION_COOKIE));
      if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
      // A body type no plain HTML form can send: a page of another site cannot make the browser ask for this.
      if (String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() !== 'application/json') throw badInput('content-type', 'Send the request as application/json.');
      // A long roll-back answers 202 with the job "rolling back" after a few seconds: follow it at GET /import/jobs/<id>.
      const job = await this.imports.rollback(viewer, id, keepEdited === 'true', ROLLBACK_WAIT_MS);
      res.status(job.status === 'rollingBack' ? 202 : 200).json(job);
    } catch (e) {
      fail(res, e);
    }
  }

  @Get('jobs/:id')
  async job(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const viewer = await this.auth.viewerFor(readCookie(req.headers.cookie, SESSION_COOKIE));
      if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
      res.status(200).json(await this.imports.job(viewer, id));
    } catch (e) {
      fail(res, e);
    }
  }
}

function fail(res: Response, e: unknown): void {
  if (res.headersSent) return void res.end();
  if (e instanceof AppError) {
    res.status(STATUS[e.code] ?? 500).json({ error: e.message, code: e.code, fields: e.fields, ...e.extra });
  } else {
    // The query's name and the kind of failure only: no values, no engine message.
    new Logger('Import').error(`Import request failed: ${e instanceof GraphError ? e.message : e instanceof Error ? e.name : 'error'}`);
    res.status(500).json({ error: 'The import request failed. Try again: an import or roll-back that stopped continues where it stopped.', code: 'INTERNAL_SERVER_ERROR', fields: [] });
  }
}

/** The request body as UTF-8 text, refused past MAX_IMPORT_BYTES. */
async function readBody(req: Request): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES) throw tooBig();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_IMPORT_BYTES) {
      req.resume();
      throw tooBig();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const tooBig = () => badInput('file', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it, or import it from a shell (npm run import).`);
