/** Writes schema/schema.graphql and schema/graph-model.json from the code: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaArtifacts } from './schema-artifacts.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const { graphql, graphModel } = await schemaArtifacts();
writeFileSync(resolve(root, 'schema/schema.graphql'), graphql);
writeFileSync(resolve(root, 'schema/graph-model.json'), graphModel);
console.log('Wrote schema/schema.graphql and schema/graph-model.json');
process.exit(0);
