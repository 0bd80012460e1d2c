import type { GraphModel, PropertyType } from '../../schema/graph-model.js';

const types: Record<PropertyType, string> = {
  string: 'STRING',
  'string[]': 'STRING[]',
  int: 'INT64',
  float: 'DOUBLE',
  bool: 'BOOLEAN',
};

export function embeddedType(t: PropertyType): string {
  return types[t];
}

/** CREATE TABLE statements for LadybugDB, built from the graph model (never from user input). */
export function embeddedTableStatements(model: GraphModel): string[] {
  const nodes = model.nodes.map((n) => {
    const cols = Object.entries(n.properties).map(([name, def]) => `${name} ${types[def.type]}`);
    return `CREATE NODE TABLE IF NOT EXISTS ${n.label}(${cols.join(', ')}, PRIMARY KEY(${n.key}))`;
  });
  const rels = model.relationships.map((r) => {
    const ends = r.between.map(([from, to]) => `FROM ${from} TO ${to}`);
    const cols = Object.entries(r.properties).map(([name, def]) => `${name} ${types[def.type]}`);
    return `CREATE REL TABLE IF NOT EXISTS ${r.type}(${[...ends, ...cols].join(', ')})`;
  });
  return [...nodes, ...rels];
}
