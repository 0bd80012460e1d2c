import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Role, type Viewer } from '../../common/viewer.js';
import { CreateAccountInput, UpdateAccountInput } from './dto/create-account.input.js';
import { Account, Teammate } from './models/account.model.js';
import { AccountsService } from './accounts.service.js';
import { Idempotent } from '../idempotency/idempotent.js';
import { notFound } from '../../common/app-error.js';

@Resolver(() => Account)
export class AccountsResolver {
  constructor(private readonly service: AccountsService) {}

  @Query(() => [Teammate], { description: 'Enabled accounts working in the viewer’s regions (or in regionId): whom a follow-up can go to. Any role may ask.' })
  teammates(@CurrentViewer() viewer: Viewer, @Args('regionId', { type: () => ID, nullable: true }) regionId?: string): Promise<Teammate[]> {
    return this.service.teammates(viewer, regionId);
  }

  @Query(() => [Account], { description: 'Admins: all accounts. Staff and leaders: accounts sharing a region with them.' })
  accounts(@CurrentViewer() viewer: Viewer, @Args('role', { type: () => Role, nullable: true }) role?: Role): Promise<Account[]> {
    return this.service.list(viewer, role ?? undefined);
  }

  @Mutation(() => Account, { description: 'Admin only.' })
  @Idempotent(AccountsService, async (s, _viewer, id) => (await s.byIds([id]))[0] ?? Promise.reject(notFound('That account')))
  createAccount(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateAccountInput): Promise<Account> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Account, { description: 'Any signed-in account: the language of the app, emails and messages ("en" or "es"); null follows the browser.' })
  setMyLocale(@CurrentViewer() viewer: Viewer, @Args('locale', { type: () => String, nullable: true }) locale: string | null): Promise<Account> {
    return this.service.setLocale(viewer, locale ?? null);
  }

  @Mutation(() => Account, { description: 'Admin only. Disabling an account ends its sessions at once.' })
  updateAccount(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateAccountInput): Promise<Account> {
    return this.service.update(viewer, id, input);
  }
}
