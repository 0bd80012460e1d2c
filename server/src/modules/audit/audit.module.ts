import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

/** Reading the log; writing is recordAudit (audit.ts), inside each action's own transaction. */
@Module({
  imports: [AccountsModule],
  providers: [AuditRepository, AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
