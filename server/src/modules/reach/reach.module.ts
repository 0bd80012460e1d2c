import { Module } from '@nestjs/common';
import { ReachResolver } from './reach.resolver.js';
import { ReachService } from './reach.service.js';

@Module({
  providers: [ReachService, ReachResolver],
  exports: [ReachService],
})
export class ReachModule {}
