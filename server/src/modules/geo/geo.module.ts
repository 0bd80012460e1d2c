import { Global, Module } from '@nestjs/common';
import { ZipDirectory } from './zip-directory.js';

@Global()
@Module({ providers: [ZipDirectory], exports: [ZipDirectory] })
export class GeoModule {}
