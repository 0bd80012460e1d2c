import { Global, Module } from '@nestjs/common';
import { ReachIndex } from './reach-index.js';

/** Global, so the modules that read it (reach, maps, insights) need not import the reach module. It follows commits through the store's change feed. */
@Global()
@Module({ providers: [ReachIndex], exports: [ReachIndex] })
export class ReachIndexModule {}
