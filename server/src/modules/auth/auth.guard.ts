import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../../common/app-error.js';
import type { RequestContext } from '../../common/viewer.js';
import { AuthService, readCookie, SESSION_COOKIE } from './auth.service.js';

const PUBLIC = 'isPublic';
/** Marks a resolver reachable without signing in (sign-in itself, `me`). */
export const Public = () => SetMetadata(PUBLIC, true);

/** Every GraphQL operation needs a live session unless marked @Public(); the viewer is resolved once per request. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext & { viewerResolved?: Promise<void> }>();
    ctx.viewerResolved ??= this.auth.viewerFor(readCookie(ctx.req.headers.cookie, SESSION_COOKIE)).then((v) => {
      ctx.viewer = v;
    });
    await ctx.viewerResolved;
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic && !ctx.viewer) throw unauthenticated();
    return true;
  }
}
