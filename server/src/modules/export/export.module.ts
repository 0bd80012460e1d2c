import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module.js';
import { ExportController } from './export.controller.js';
import { ExportRepository } from './export.repository.js';
import { ExportResolver } from './export.resolver.js';
import { ExportService } from './export.service.js';

@Module({
  imports: [AccountsModule, AuthModule, PeopleModule, OrganizationsModule, CustomFieldsModule],
  controllers: [ExportController],
  providers: [ExportRepository, ExportService, ExportResolver],
  exports: [ExportService],
})
export class ExportModule {}
