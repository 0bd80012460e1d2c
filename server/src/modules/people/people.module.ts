import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { PeopleRepository } from './people.repository.js';
import { AccountPersonResolver, PeopleResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';

@Module({
  imports: [RegionsModule, CustomFieldsModule, AccountsModule],
  providers: [PeopleRepository, PeopleService, PeopleResolver, AccountPersonResolver],
  exports: [PeopleService, PeopleRepository],
})
export class PeopleModule {}
