/**
 * Finds the texts the server's code gives a person in errors: the message of every AppError (badInput, forbidden,
 * conflict, notFound, storageFull, new AppError / AppHttpError), field problems (`message:` in an object), the
 * campaign gate's `detail:` lines and class-validator decorators' `{ message }`. A `${...}` in a template becomes an
 * ICU placeholder; the catalogue's English text of the message must read the same (src/i18n/translate.ts finds the
 * Spanish one by it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface CodeMessage {
  file: string;
  line: number;
  /** The text as an ICU pattern: literal text, with `{placeholder}` where the code inserts a value. */
  text: string;
}

const NOT_FOUND_TAIL = ' was not found, or you do not have access to it.';
/** Which argument holds the message; `fail` is the HTTP routes' (exports, maps) way of answering an error. */
const MESSAGE_CALLS: Record<string, number> = { badInput: 1, forbidden: 0, conflict: 0, storageFull: 0, notFound: 0, fail: 1 };
/** Object properties whose text a person reads: field problems, the campaign gate's conditions, a job's error. */
const SAID_PROPERTIES = new Set(['message', 'detail', 'error']);
const MESSAGE_CONSTRUCTORS: Record<string, number> = { AppError: 1, AppHttpError: 1 };

function placeholderName(expr: ts.Expression, used: Set<string>): string {
  const parts: string[] = [];
  let e: ts.Expression = expr;
  while (ts.isPropertyAccessExpression(e)) {
    parts.unshift(e.name.text);
    e = e.expression;
  }
  if (ts.isIdentifier(e)) parts.unshift(e.text);
  let name = parts.length
    ? parts.map((p, i) => (i === 0 ? p.replace(/^[A-Z_]+$/, (w) => w.toLowerCase()) : p[0].toUpperCase() + p.slice(1))).join('')
    : 'value';
  name = name.replace(/[^A-Za-z0-9]/g, '');
  let unique = name;
  for (let i = 2; used.has(unique); i++) unique = `${name}${i}`;
  used.add(unique);
  return unique;
}

/** The texts an expression can give: a literal, a template (with placeholders), either branch of `a ? b : c`. */
function textsOf(expr: ts.Expression | undefined, consts: Map<string, ts.Expression>): string[] {
  if (!expr) return [];
  if (ts.isParenthesizedExpression(expr)) return textsOf(expr.expression, consts);
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isTemplateExpression(expr)) {
    const used = new Set<string>();
    let out = expr.head.text;
    for (const span of expr.templateSpans) out += `{${placeholderName(span.expression, used)}}${span.literal.text}`;
    return [out];
  }
  if (ts.isConditionalExpression(expr)) return [...textsOf(expr.whenTrue, consts), ...textsOf(expr.whenFalse, consts)];
  if (ts.isIdentifier(expr) && consts.has(expr.text)) return textsOf(consts.get(expr.text), consts);
  return [];
}

function calleeName(e: ts.LeftHandSideExpression): string | undefined {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** ICU reads `{`, `}` and a quote before them specially; the code's texts have none of these. */
const icuSafe = (text: string) => !/[{}]/.test(text.replace(/\{[A-Za-z0-9]+\}/g, ''));

export function messagesInFile(path: string, root: string): CodeMessage[] {
  // An import row's `note` is said to the person reading the report (elsewhere, `note` is a record's data).
  const inImport = /[\\/]modules[\\/]import[\\/]/.test(path);
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const consts = new Map<string, ts.Expression>();
  const out: CodeMessage[] = [];
  const add = (node: ts.Node, texts: string[]) => {
    for (const text of texts) {
      if (!text.trim() || !icuSafe(text)) continue;
      out.push({ file: relative(root, path), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && /MESSAGE$/.test(node.name.text)) {
      consts.set(node.name.text, node.initializer);
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      if (name && name in MESSAGE_CALLS) {
        const texts = textsOf(node.arguments[MESSAGE_CALLS[name]], consts);
        add(node, name === 'notFound' ? texts.map((t) => `${t}${NOT_FOUND_TAIL}`) : texts);
      }
    }
    if (ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      if (name && name in MESSAGE_CONSTRUCTORS) add(node, textsOf(node.arguments?.[MESSAGE_CONSTRUCTORS[name]], consts));
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && (SAID_PROPERTIES.has(node.name.text) || (inImport && node.name.text === 'note'))) {
      add(node, textsOf(node.initializer, consts));
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      const name = node.left.name.text;
      if (SAID_PROPERTIES.has(name) || (inImport && name === 'note')) add(node, textsOf(node.right, consts));
    }
    ts.forEachChild(node, visit);
  };
  // Constants first, so a message named by a constant declared below its use is found too.
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && /MESSAGE$/.test(node.name.text))
      consts.set(node.name.text, node.initializer);
    ts.forEachChild(node, collect);
  };
  collect(source);
  visit(source);
  return out;
}

/** Every message in the server's sources (tests and the command-line tools, which speak to operators, left out). */
export function codeMessages(srcDir: string): CodeMessage[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'cli' ? [] : walk(path);
      return /\.ts$/.test(e.name) && !/\.(spec|test)\.ts$/.test(e.name) ? [path] : [];
    });
  return walk(srcDir).flatMap((file) => messagesInFile(file, srcDir));
}
