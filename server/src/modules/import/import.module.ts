import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { ImportController } from './import.controller.js';
import { ImportService } from './import.service.js';

@Module({
  imports: [AuthModule, RegionsModule],
  controllers: [ImportController],
  providers: [ImportService],
})
export class ImportModule {}
