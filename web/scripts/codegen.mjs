#!/usr/bin/env node
// Generates the web app's GraphQL types (web/src/gql/) from schema/schema.graphql and every document in
// web/src, with GraphQL Code Generator's client preset. Documents are validated against the schema first,
// so a field the schema does not have stops this script. `--check` writes nothing and fails when the
// committed files differ from what would be generated (npm run lint runs it, like the server's schema drift).
// Run through @graphql-codegen/core rather than @graphql-codegen/cli: the CLI's loaders for URLs and GitHub
// need Node 22 (npm prints EBADENGINE on Node 20), and we only read two local sources.
import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import { CodeFileLoader } from '@graphql-tools/code-file-loader';
import { loadDocuments } from '@graphql-tools/load';
import { buildSchema, parse } from 'graphql';
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as prettier from 'prettier';

const web = resolve(import.meta.dirname, '..');
const out = join(web, 'src/gql/');
const check = process.argv.includes('--check');

const schemaText = readFileSync(resolve(web, '../schema/schema.graphql'), 'utf8');
const schemaAst = buildSchema(schemaText);

let documents;
try {
  documents = await loadDocuments(join(web, 'src/**/*.{ts,tsx}'), {
    loaders: [new CodeFileLoader({ pluckConfig: { skipIndent: true }, noSilentErrors: true })],
    ignore: [join(out, '**'), join(web, 'src/**/*.test.{ts,tsx}')],
  });
} catch (error) {
  console.error(`GraphQL documents could not be read: ${error.message}`);
  process.exit(1);
}

const config = {
  // The schema's enums as string unions, as the server sends them (no runtime enum objects in the bundle).
  enumsAsTypes: true,
  useTypeImports: true,
  // Components receive whole records; masking would make every parent re-declare its children's fields.
  // (fragmentMasking is off below for the same reason.)
  nonOptionalTypename: false,
  skipTypename: false,
};

const sections = await preset.buildGeneratesSection({
  baseOutputDir: out,
  schema: parse(schemaText),
  schemaAst,
  documents,
  config,
  presetConfig: { fragmentMasking: false },
  plugins: [],
  pluginMap: {},
  documentTransforms: [],
});

const wanted = new Map();
for (const section of sections) {
  let text;
  try {
    text = await codegen({ ...section, config: { ...config, ...section.config } });
  } catch (error) {
    const details = (error.errors ?? error.details ?? []).map((e) => e.message ?? String(e)).join('\n');
    console.error(`GraphQL documents do not match schema/schema.graphql:\n${details || error.message}`);
    console.error('Fix the document (or run `npm run schema` if the server changed), then `npm run codegen -w web`.');
    process.exit(1);
  }
  const formatted = await prettier.format(text, {
    ...(await prettier.resolveConfig(section.filename)),
    filepath: section.filename,
  });
  wanted.set(section.filename, formatted);
}

if (check) {
  const present = existsSync(out) ? readdirSync(out).map((f) => join(out, f)) : [];
  const stale = [...wanted].filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
  const extra = present.filter((file) => !wanted.has(file));
  if (stale.length || extra.length) {
    for (const [file] of stale) console.error(`out of date: ${relative(process.cwd(), file)}`);
    for (const file of extra) console.error(`not generated any more: ${relative(process.cwd(), file)}`);
    console.error('Run `npm run codegen -w web` and commit web/src/gql/.');
    process.exit(1);
  }
  console.log(`web/src/gql is up to date (${documents.length} document sources).`);
} else {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [file, text] of wanted) writeFileSync(file, text);
  console.log(`wrote ${wanted.size} files to web/src/gql (${documents.length} document sources).`);
}
