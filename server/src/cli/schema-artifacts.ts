import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/app-config.js';
import { graphModel } from '../graph/schema/graph-model.js';

/**
 * The committed artifacts under schema/: the GraphQL schema as the code-first server builds it, and
 * the graph model as JSON. A test compares them with the committed files, so a change shows in review.
 */
export async function schemaArtifacts(): Promise<{ graphql: string; graphModel: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-schema-'));
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false' })), { logger: ['error'] });
  try {
    await app.init();
    const schema = app.get(GraphQLSchemaHost).schema;
    return {
      graphql: `# Generated from the server code by \`npm run schema\`. Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`,
      graphModel: `${JSON.stringify(graphModel, null, 2)}\n`,
    };
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
