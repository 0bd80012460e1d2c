import { Module } from '@nestjs/common';
import { AccountsModule } from '../modules/accounts/accounts.module.js';
import { DemoService } from './demo.service.js';

@Module({ imports: [AccountsModule], providers: [DemoService] })
export class DemoModule {}
