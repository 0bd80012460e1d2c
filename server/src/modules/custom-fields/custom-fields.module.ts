import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module.js';
import { CustomFieldsRepository } from './custom-fields.repository.js';
import { CustomFieldsResolver } from './custom-fields.resolver.js';
import { CustomFieldsService } from './custom-fields.service.js';

@Module({
  imports: [RegionsModule],
  providers: [CustomFieldsRepository, CustomFieldsService, CustomFieldsResolver],
  exports: [CustomFieldsService],
})
export class CustomFieldsModule {}
