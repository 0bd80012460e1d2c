import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { schemaArtifacts } from '../src/cli/schema-artifacts.js';

const root = resolve(import.meta.dirname, '../..');

describe('committed schema artifacts', () => {
  it('schema/schema.graphql and schema/graph-model.json match the code (run `npm run schema` after changing the API or model)', async () => {
    const { graphql, graphModel } = await schemaArtifacts();
    expect(readFileSync(resolve(root, 'schema/schema.graphql'), 'utf8')).toBe(graphql);
    expect(readFileSync(resolve(root, 'schema/graph-model.json'), 'utf8')).toBe(graphModel);
  });
});
