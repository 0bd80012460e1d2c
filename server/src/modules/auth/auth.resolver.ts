import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OptionalViewer, type RequestContext, type Viewer } from '../../common/viewer.js';
import { AppConfig } from '../../config/app-config.js';
import { Account } from '../accounts/models/account.model.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { Public } from './auth.guard.js';
import { AuthService, readCookie, SESSION_COOKIE } from './auth.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

  private cookieOptions() {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.COOKIE_SECURE, path: '/' };
  }

  @Public()
  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null.' })
  async me(@OptionalViewer() viewer: Viewer | undefined): Promise<Account | null> {
    if (!viewer) return null;
    const [account] = await this.accounts.byIds([viewer.accountId]);
    return account ?? null;
  }

  @Public()
  @Mutation(() => Account, { description: 'Opens a session (an httpOnly cookie).' })
  async signIn(@Args('email') email: string, @Args('password') password: string, @Context() ctx: RequestContext): Promise<Account> {
    const address = ctx.req.ip ?? ctx.req.socket?.remoteAddress ?? 'unknown';
    const { token, account, expires } = await this.auth.signIn(email, password, address);
    ctx.res.cookie(SESSION_COOKIE, token, { ...this.cookieOptions(), expires });
    return this.accounts.toAccount(account);
  }

  @Public()
  @Mutation(() => Boolean)
  async signOut(@Context() ctx: RequestContext): Promise<boolean> {
    await this.auth.signOut(readCookie(ctx.req.headers.cookie, SESSION_COOKIE));
    ctx.res.clearCookie(SESSION_COOKIE, this.cookieOptions());
    return true;
  }
}
