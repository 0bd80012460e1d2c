import { Global, Module } from '@nestjs/common';
import { ReachIndex } from './reach-index.js';

/** Global, so the services that write ties can keep the index in step without importing the reach module. */
@Global()
@Module({ providers: [ReachIndex], exports: [ReachIndex] })
export class ReachIndexModule {}
