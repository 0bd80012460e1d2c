import { createHash } from 'node:crypto';
import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { Request, Response } from 'express';
import { AppError, type ErrorCode, type FieldProblem } from '../../common/app-error.js';
import { requestLocale } from '../../i18n/request-locale.js';
import { AuthService, readCookie, SESSION_COOKIE } from '../auth/auth.service.js';
import { NetworkMapArgs } from './map.model.js';
import { MapsService } from './maps.service.js';

const STATUS: Partial<Record<ErrorCode, number>> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

function problems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    return [...Object.values(e.constraints ?? {}).map((message) => ({ field, message })), ...problems(e.children ?? [], field)];
  });
}

/**
 * GET /maps/network.json?scope=REGION&id=...&hops=&asOf=&compareTo= : the packed form of a network map (parallel
 * arrays, see MapsService.packed), for the web app and other large-map readers. Same checks and redaction
 * as the `networkMap` query; answers 304 when the client already has this version (ETag).
 */
@Controller('maps')
export class MapsController {
  private readonly logger = new Logger('Maps');
  constructor(
    private readonly auth: AuthService,
    private readonly maps: MapsService,
  ) {}

  @Get('network.json')
  async network(@Query() query: Record<string, string | undefined>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const fail = (status: number, message: string, fields: readonly FieldProblem[] = []) => void res.status(status).json({ error: message, fields });
    const viewer = await this.auth.viewerFor(readCookie(req.headers.cookie, SESSION_COOKIE));
    if (!viewer) return fail(401, 'Please sign in.');
    const hops = query.hops === undefined || query.hops === '' ? undefined : Number(query.hops);
    const args = plainToInstance(NetworkMapArgs, {
      scope: { kind: query.scope, id: query.id ?? '', ...(hops === undefined ? {} : { hops }) },
      asOf: query.asOf || undefined,
      compareTo: query.compareTo || undefined,
    });
    const invalid = problems(await validate(args, { whitelist: true, forbidUnknownValues: false }));
    if (invalid.length) return fail(400, invalid.length === 1 ? invalid[0].message : `Please correct ${invalid.length} fields: ${invalid.map((f) => f.field).join(', ')}.`, invalid);
    try {
      const map = await this.maps.compute(viewer, args);
      const etag = `W/"map-${createHash('sha256')
        // The language too: hidden records and the scope are named in it, so a map read in English is not reused in Spanish.
        .update(JSON.stringify([map.version, args.scope.kind, args.scope.id, map.hops, map.asOf, map.compareTo, viewer.allRegions, [...viewer.regions].sort(), requestLocale()]))
        .digest('base64url')
        .slice(0, 24)}"`;
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'private, no-cache');
      if (req.headers['if-none-match'] === etag) return void res.status(304).end();
      const packed = await this.maps.packed(viewer, args);
      res.status(200).type('application/json').send(JSON.stringify(packed));
    } catch (e) {
      if (e instanceof AppError) return fail(STATUS[e.code] ?? 400, e.message, e.fields);
      this.logger.error(`Network map failed: ${(e as Error).message}`);
      return fail(500, 'The map could not be made. Try again.');
    }
  }
}
