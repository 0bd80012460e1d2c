import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../../common/app-error.js';
import { requestLocale } from '../../i18n/request-locale.js';
import { translate } from '../../i18n/translate.js';
import { AuthService, readCookie, SESSION_COOKIE } from '../auth/auth.service.js';
import { EXPORTS, ExportService, type ExportKind } from './export.service.js';

/** GET /export/people.csv (and organizations, ties, interactions): a download for the signed-in user. */
@Controller('export')
export class ExportController {
  constructor(
    private readonly auth: AuthService,
    private readonly exports: ExportService,
  ) {}

  @Get(':file')
  async download(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const what = file.replace(/\.csv$/, '') as ExportKind;
    // Said in the account's language (noted once the session is read), else the browser's.
    const fail = (status: number, message: string) => res.status(status).type('text/plain').send(translate(requestLocale(), message));
    if (!EXPORTS.includes(what) || !file.endsWith('.csv')) return void fail(404, `There is no export named ${file}. Choose one of: ${EXPORTS.map((e) => `${e}.csv`).join(', ')}.`);
    const viewer = await this.auth.viewerFor(readCookie(req.headers.cookie, SESSION_COOKIE));
    if (!viewer) return void fail(401, 'Please sign in.');
    try {
      await this.exports.assertAllowed(viewer);
    } catch (e) {
      return void fail(403, e instanceof AppError ? e.message : 'Not allowed.');
    }
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${what}-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.write('\uFEFF'); // so spreadsheet apps read UTF-8 names correctly
    try {
      for await (const chunk of this.exports.csv(viewer, what)) res.write(chunk);
      res.end();
    } catch {
      // Headers are gone: cut the download short so it is not mistaken for a complete file.
      res.destroy();
    }
  }
}
