import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MapsController } from './maps.controller.js';
import { MapsResolver } from './maps.resolver.js';
import { MapsService } from './maps.service.js';

@Module({
  imports: [AuthModule],
  controllers: [MapsController],
  providers: [MapsService, MapsResolver],
  exports: [MapsService],
})
export class MapsModule {}
