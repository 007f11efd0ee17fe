/**
 * What a user's query may do: read the graph, nothing else. The judge is Neo4j's own plan (from
 * `EXPLAIN`): its query type must be read-only ('r'), and no operator may load CSV, run a command
 * (SHOW TRANSACTIONS, TERMINATE …, administration) or call a procedure or plugin function that is
 * not on the allow-list. The plan has already parsed away comments, string literals and escapes,
 * which defeat checks on the text. A check on the text (`textWall`) is only an extra wall for
 * administration commands that Neo4j refuses to plan at all.
 */
import { kgError, type KgError } from '../ingest/errors.js';

/** Procedures a read of the graph may call: full-text and vector search, and the schema. */
export const ALLOWED_PROCEDURES = new Set([
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

/** Neo4j 5.26's built-in functions with a namespace; any other namespaced function is a plugin's. */
const CLOCKS = ['realtime', 'statement', 'transaction', 'truncate'];
export const BUILT_IN_FUNCTIONS = new Set(
  ['date', 'datetime', 'localdatetime', 'localtime', 'time']
    .flatMap((t) => CLOCKS.map((f) => `${t}.${f}`))
    .concat([
      'datetime.fromepoch',
      'datetime.fromepochmillis',
      'duration.between',
      'duration.inDays',
      'duration.inMonths',
      'duration.inSeconds',
      'graph.byElementId',
      'graph.byName',
      'point.distance',
      'point.withinBBox',
      'vector.similarity.cosine',
      'vector.similarity.euclidean',
    ]),
);

/** Commands that only describe the schema: `SHOW INDEXES` (to find the full-text index) and `SHOW CONSTRAINTS`. */
const ALLOWED_COMMANDS = new Set(['ShowIndexes', 'ShowConstraints']);

export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

const refused = (what: string): KgError =>
  kgError(
    'QUERY_REFUSED',
    `refused: queries may only read the graph, and this one uses ${what}`,
    'allowed: MATCH … RETURN, full-text search, db.labels(), db.schema.* and the like; see the README',
  );

/** `ShowTransactions` → `SHOW TRANSACTIONS`. */
const commandName = (op: string): string => op.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();

const FUNCTION_CALL = /\b([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+)\s*\(/g;

function checkOperator(node: PlanNode): KgError | null {
  const op = node.operatorType.split('@')[0]!;
  const details = typeof node.arguments?.Details === 'string' ? node.arguments.Details : '';
  if (op === 'LoadCSV') return refused('LOAD CSV');
  if (op === 'AdministrationCommand') return refused('an administration command');
  if (op.startsWith('Transaction')) return refused('CALL { … } IN TRANSACTIONS');
  if (/^(Show|Terminate)/.test(op) && !ALLOWED_COMMANDS.has(op)) return refused(`the command ${commandName(op)}`);
  let rest = details;
  if (op.startsWith('ProcedureCall')) {
    const name = /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? '?';
    if (!ALLOWED_PROCEDURES.has(name)) return refused(`the procedure ${name}`);
    rest = details.slice(details.indexOf('(') + 1);
  }
  for (const m of rest.matchAll(FUNCTION_CALL)) {
    if (!BUILT_IN_FUNCTIONS.has(m[1]!)) return refused(`the function ${m[1]}`);
  }
  return null;
}

/** Null when the plan only reads the graph; otherwise the error that names what it does instead. */
export function checkPlan(queryType: string | undefined, plan: PlanNode | false | undefined): KgError | null {
  const stack = plan ? [plan] : [];
  while (stack.length) {
    const node = stack.pop()!;
    const err = checkOperator(node);
    if (err) return err;
    stack.push(...node.children);
  }
  if (queryType === 'r') return null;
  if (queryType === 'w' || queryType === 'rw') {
    return kgError('NEO4J_READ_ONLY', 'refused: queries run read-only and this one writes', 'use `kg ingest` to change the graph');
  }
  return refused(queryType === 's' ? 'a schema or administration command' : 'a statement of unknown kind');
}

const PREFIX = [/^\s+/, /^\/\/[^\n]*(\n|$)/, /^\/\*[\s\S]*?\*\//, /^(EXPLAIN|PROFILE)\b/i, /^CYPHER\b(\s+(\d+(\.\d+)?|\w+\s*=\s*\w+))*/i];
const ADMIN = /^(ALTER|GRANT|DENY|REVOKE|START|STOP|DROP|RENAME|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN|TERMINATE)\b/i;
const CREATE_ADMIN =
  /^CREATE\s+(OR\s+REPLACE\s+)?(USER|ROLE|DATABASE|COMPOSITE|ALIAS|SERVER|INDEX|CONSTRAINT|RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE)\b/i;
const SHOW_SCHEMA = /^SHOW\s+([A-Z]+\s+){0,3}(INDEX|INDEXES|CONSTRAINT|CONSTRAINTS)\b/i;

/**
 * The extra wall on the text: a statement that starts (after comments and CYPHER/EXPLAIN
 * options) with an administration keyword is refused before it reaches Neo4j.
 */
export function textWall(cypher: string): KgError | null {
  let t = cypher;
  for (let before = ''; before !== t; ) {
    before = t;
    for (const re of PREFIX) t = t.replace(re, '');
  }
  if (!ADMIN.test(t) && !CREATE_ADMIN.test(t) && !(/^SHOW\b/i.test(t) && !SHOW_SCHEMA.test(t))) return null;
  const words = /^[A-Za-z]+(\s+[A-Za-z]+){0,2}/.exec(t)![0];
  return refused(`the administration command ${words.toUpperCase().replace(/\s+/g, ' ')}`);
}
