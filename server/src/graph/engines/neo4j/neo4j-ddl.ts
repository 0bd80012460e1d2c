import type { GraphModel } from '../../schema/graph-model.js';

/**
 * Constraints and indexes for Neo4j, built from the graph model (never from user input):
 * - every node label: a uniqueness constraint on its key property (`<label>_<key>`);
 * - `unique: true`: a uniqueness constraint (it brings its own range index);
 * - `indexed: true`: a range index (`<label>_<prop>_range`) for equality, ranges, ORDER BY and prefix search;
 * - `text: true`: a text index (`<label>_<prop>_text`) for CONTAINS search.
 * The same flags on relationship properties give relationship constraints and indexes.
 * Every statement carries IF NOT EXISTS, so running them at every start is idempotent.
 * Neo4j is schemaless: labels, relationship types and properties need no other DDL.
 */
export function neo4jSchemaStatements(model: GraphModel): string[] {
  const out: string[] = [];
  for (const n of model.nodes) {
    const label = identifier(n.label);
    const pattern = `(n:${label})`;
    out.push(`CREATE CONSTRAINT ${name(n.label, n.key)} IF NOT EXISTS FOR ${pattern} REQUIRE n.${identifier(n.key)} IS UNIQUE`);
    for (const [prop, def] of Object.entries(n.properties)) {
      if (prop === n.key) continue;
      const p = identifier(prop);
      if (def.unique) out.push(`CREATE CONSTRAINT ${name(n.label, prop)} IF NOT EXISTS FOR ${pattern} REQUIRE n.${p} IS UNIQUE`);
      else if (def.indexed) out.push(`CREATE INDEX ${name(n.label, prop, 'range')} IF NOT EXISTS FOR ${pattern} ON (n.${p})`);
      if (def.text) out.push(`CREATE TEXT INDEX ${name(n.label, prop, 'text')} IF NOT EXISTS FOR ${pattern} ON (n.${p})`);
    }
  }
  for (const r of model.relationships) {
    const pattern = `()-[r:${identifier(r.type)}]-()`;
    for (const [prop, def] of Object.entries(r.properties)) {
      const p = identifier(prop);
      if (def.unique) out.push(`CREATE CONSTRAINT ${name(r.type, prop)} IF NOT EXISTS FOR ${pattern} REQUIRE r.${p} IS UNIQUE`);
      else if (def.indexed) out.push(`CREATE INDEX ${name(r.type, prop, 'range')} IF NOT EXISTS FOR ${pattern} ON (r.${p})`);
      if (def.text) out.push(`CREATE TEXT INDEX ${name(r.type, prop, 'text')} IF NOT EXISTS FOR ${pattern} ON (r.${p})`);
    }
  }
  const names = out.map((s) => /(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(s)![1]);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new Error(`Two Neo4j constraints or indexes would be named ${twice}`);
  return out;
}

/** Model names are plain identifiers; anything else is a mistake in the model, stopped here rather than quoted. */
function identifier(s: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) throw new Error(`Graph model name "${s}" is not a plain identifier`);
  return s;
}

/** person_id, issue_assembly_date_range, knows_score_range: snake_case, unique across constraints and indexes. */
function name(...parts: string[]): string {
  return parts
    .map((p) => identifier(p).replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase())
    .join('_');
}
