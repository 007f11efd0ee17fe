/**
 * The query guard on plans as Neo4j 5.26 returns them from EXPLAIN (operator names carry the
 * database after '@'; literals are already parameters). The same cases run against the real
 * server, through both query paths, in tests/hostile/query.int.test.ts.
 */
import { checkPlan, textWall, type PlanNode } from '../../graph/guard.js';

const op = (operatorType: string, details = '', ...children: PlanNode[]): PlanNode => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: { Details: details },
  children,
});
const results = (...children: PlanNode[]): PlanNode => op('ProduceResults', 'x', ...children);
const code = (type: string, plan: PlanNode) => checkPlan(type, plan)?.code ?? null;

describe('checkPlan', () => {
  it('lets plain reads, full-text search, the schema procedures and SHOW INDEXES through', () => {
    expect(code('r', results(op('Filter', 'n.name = $autostring_0', op('NodeByLabelScan', 'n:Entity'))))).toBeNull();
    expect(code('r', results(op('ProcedureCall', 'db.index.fulltext.queryNodes($autostring_0, $name) :: (node :: NODE)')))).toBeNull();
    expect(
      code('r', results(op('ProcedureCall', 'db.schema.visualization() :: (nodes :: LIST<NODE>, relationships :: LIST<RELATIONSHIP>)'))),
    ).toBeNull();
    expect(code('r', results(op('ShowIndexes', 'allIndexes, defaultColumns')))).toBeNull();
    expect(code('r', results(op('Projection', 'date.truncate($autostring_0, date()) AS d, point.distance(a, b) AS p')))).toBeNull();
  });

  it.each([
    ['LOAD CSV', results(op('LoadCSV', 'l'))],
    ['LOAD CSV inside a subquery', results(op('Apply', '', op('Limit', '1'), op('LoadCSV', 'l')))],
    ['CALL … IN TRANSACTIONS', results(op('TransactionApply', '', op('EmptyRow'), op('Argument')))],
    ['TERMINATE TRANSACTIONS', results(op('TerminateTransactions', 'defaultColumns, transactions(x)'))],
    ['SHOW TRANSACTIONS', results(op('ShowTransactions', 'defaultColumns, allTransactions'))],
    ['SHOW SETTINGS', results(op('ShowSettings', 'allSettings'))],
    ['db.stats.collect', results(op('ProcedureCall', 'db.stats.collect($autostring_0) :: (section :: STRING)'))],
    [
      'a refused procedure after an allowed one (UNION)',
      results(
        op(
          'Union',
          '',
          op('ProcedureCall', 'db.labels() :: (label :: STRING)'),
          op('ProcedureCall', 'db.stats.retrieve($autostring_0) :: (section :: STRING)'),
        ),
      ),
    ],
    ['a plugin function', results(op('Projection', 'apoc.text.join([$autostring_0], $autostring_1) AS s'))],
    [
      'a plugin function inside an allowed procedure call',
      results(op('ProcedureCall', 'db.index.fulltext.queryNodes($autostring_0, apoc.util.md5([x])) :: (node :: NODE)')),
    ],
  ])('refuses %s with QUERY_REFUSED', (_what, plan) => {
    expect(code('r', plan)).toBe('QUERY_REFUSED');
  });

  it('names what it refuses', () => {
    expect(checkPlan('s', results(op('ProcedureCall', 'db.clearQueryCaches() :: (value :: STRING)')))?.message).toMatch(
      /db\.clearQueryCaches/,
    );
    expect(checkPlan('r', results(op('TerminateTransactions', '')))?.message).toMatch(/TERMINATE TRANSACTIONS/);
    expect(checkPlan('r', results(op('LoadCSV', 'l')))?.message).toMatch(/LOAD CSV/);
  });

  it('goes by the query type: writes are NEO4J_READ_ONLY, schema and administration QUERY_REFUSED', () => {
    expect(code('w', results(op('Create', '(n)')))).toBe('NEO4J_READ_ONLY');
    expect(code('rw', results(op('SetProperty', 'n.x = 1', op('AllNodesScan', 'n'))))).toBe('NEO4J_READ_ONLY');
    expect(code('s', { operatorType: 'AdministrationCommand@system', children: [] })).toBe('QUERY_REFUSED');
    expect(code('s', { operatorType: 'CreateIndex@neo4j', children: [] })).toBe('QUERY_REFUSED');
    expect(code('s', results(op('ProcedureCall', 'db.labels() :: (label :: STRING)')))).toBe('QUERY_REFUSED');
  });
});

describe('textWall', () => {
  it.each([
    'SHOW USERS',
    'show transactions',
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "/* a */ // b\n  ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'bbbbbbbb'",
    'CYPHER 5 STOP DATABASE neo4j',
    'EXPLAIN DROP INDEX entity_names',
    "CREATE USER x SET PASSWORD 'yyyyyyyy'",
    'CREATE OR REPLACE DATABASE x',
    'GRANT ROLE admin TO x',
  ])('refuses the administration command %j', (q) => {
    expect(textWall(q)?.code).toBe('QUERY_REFUSED');
  });

  it.each([
    'MATCH (n) RETURN n',
    'CREATE (n:X)',
    'SHOW INDEXES',
    'SHOW FULLTEXT INDEXES YIELD name',
    'SHOW CONSTRAINTS',
    "RETURN 'DROP' AS x",
    'CALL db.labels()',
  ])('leaves %j to the plan', (q) => {
    expect(textWall(q)).toBeNull();
  });
});
