import { Controller, Get, Logger, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../../common/app-error.js';
import { readRsvpForm } from './rsvp-form.js';
import { RsvpPageService } from './rsvp-page.service.js';

const STATUS: Partial<Record<string, number>> = { NOT_FOUND: 404, FAILED_PRECONDITION: 409, BAD_USER_INPUT: 400 };

/**
 * The only part of the app reachable without signing in besides sign-in itself: GET shows an open page's event
 * (name, date, place), POST records an RSVP. Answers are JSON: { event } or { code, message, fields? }.
 */
@Controller('public/rsvp')
export class RsvpPageController {
  private readonly logger = new Logger('RsvpPage');

  constructor(private readonly service: RsvpPageService) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      res.status(200).json({ event: await this.service.publicEvent(token) });
    } catch (e) {
      this.fail(res, e);
    }
  }

  @Post(':token')
  async rsvp(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    // JSON only: a form on another site cannot send it without the browser asking this server first.
    if (!req.is('application/json')) {
      return void res.status(415).json({ code: 'BAD_USER_INPUT', message: 'Send the RSVP as JSON (Content-Type: application/json).' });
    }
    // Counted before any work, like sign-in: a flood from one address costs one comparison per request.
    const wait = this.service.admit(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (wait) {
      const minutes = Math.max(1, Math.ceil(wait / 60_000));
      res.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
      return void res.status(429).json({ code: 'TOO_MANY_REQUESTS', message: minutes === 1 ? 'Too many RSVPs from this connection. Try again in a minute.' : `Too many RSVPs from this connection. Try again in ${minutes} minutes.` });
    }
    try {
      const body = req.body as Record<string, unknown> | undefined;
      // The honeypot: people never see the field; whatever fills it is answered as if it worked and nothing is saved.
      if (body && typeof body === 'object' && body.website !== undefined && body.website !== null && body.website !== '') {
        return void res.status(200).json({ event: await this.service.publicEvent(token) });
      }
      const { form, problems } = readRsvpForm(body);
      if (problems.length) {
        return void res.status(400).json({ code: 'BAD_USER_INPUT', message: problems.length === 1 ? 'Please correct the marked field.' : 'Please correct the marked fields.', fields: problems });
      }
      res.status(200).json({ event: await this.service.rsvp(token, form) });
    } catch (e) {
      this.fail(res, e);
    }
  }

  private fail(res: Response, e: unknown): void {
    if (e instanceof AppError && STATUS[e.code]) return void res.status(STATUS[e.code]!).json({ code: e.code, message: e.message });
    // Only the error's name: the form holds personal data.
    this.logger.error(`An RSVP page request failed: ${e instanceof Error ? e.name : 'unknown error'}`);
    res.status(503).json({ code: 'UNAVAILABLE', message: 'Your RSVP could not be saved just now. Please try again in a few minutes.' });
  }
}
