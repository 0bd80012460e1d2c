import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { IntrospectionPlugin } from './introspection.plugin.js';
import { SessionsRepository } from './sessions.repository.js';

@Module({
  imports: [AccountsModule],
  providers: [SessionsRepository, AuthService, AuthResolver, IntrospectionPlugin, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
