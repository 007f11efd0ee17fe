/**
 * Driver values → plain JSON, within a budget. Every list element and map entry spends an element,
 * every scalar its (approximate) JSON size in bytes; when either runs out the conversion stops
 * with OverBudget, so a row holding a five-million-element list costs a bounded amount of work and
 * memory past the driver. Integers are exact: a number inside ±(2^53 − 1), otherwise a decimal
 * string; non-finite floats become "NaN" / "Infinity" / "-Infinity" (JSON has no such numbers).
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Integer,
} from 'neo4j-driver';

export interface GraphNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface GraphRel {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface Budget {
  bytes: number;
  elements: number;
}

export class OverBudget extends Error {
  constructor(readonly limit: 'bytes' | 'elements') {
    super(`result over its ${limit} budget`);
  }
}

const isTemporal = (v: unknown): boolean =>
  isDate(v) || isDateTime(v) || isLocalDateTime(v) || isLocalTime(v) || isTime(v) || isDuration(v) || isPoint(v);

/** Converts the values of one result; remembers the nodes and relationships of the rows kept. */
export class Plainer {
  readonly nodes = new Map<string, GraphNode>();
  readonly rels = new Map<string, GraphRel>();
  private pending: (GraphNode | GraphRel)[] = [];
  constructor(readonly budget: Budget) {}

  /** One row's values, all or nothing: OverBudget leaves nothing of the row behind. */
  row(values: Record<string, unknown>): Record<string, unknown> {
    this.pending = [];
    const out = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, this.value(v)]));
    for (const x of this.pending) ('type' in x ? this.rels : this.nodes).set(x.id, x as GraphNode & GraphRel);
    return out;
  }

  private spend(bytes: number, elements = 0): void {
    this.budget.bytes -= bytes;
    this.budget.elements -= elements;
    if (this.budget.elements < 0) throw new OverBudget('elements');
    if (this.budget.bytes < 0) throw new OverBudget('bytes');
  }

  value(v: unknown): unknown {
    if (v === null || v === undefined) return (this.spend(4), null);
    if (typeof v === 'string') return (this.spend(v.length + 2), v);
    if (typeof v === 'boolean') return (this.spend(5), v);
    if (typeof v === 'number') return Number.isFinite(v) ? (this.spend(String(v).length), v) : this.value(String(v));
    if (typeof v === 'bigint') return this.integer(v >= -Number.MAX_SAFE_INTEGER && v <= Number.MAX_SAFE_INTEGER, v);
    if (neo4j.isInt(v)) return this.integer((v as Integer).inSafeRange(), v as Integer);
    if (isNode(v)) {
      const n: GraphNode = { id: v.elementId, labels: v.labels, properties: this.map(v.properties) };
      this.spend(n.id.length + 40, n.labels.length);
      this.pending.push(n);
      return n;
    }
    if (isRelationship(v)) {
      const r: GraphRel = {
        id: v.elementId,
        type: v.type,
        start: v.startNodeElementId,
        end: v.endNodeElementId,
        properties: this.map(v.properties),
      };
      this.spend(r.id.length * 3 + r.type.length + 60);
      this.pending.push(r);
      return r;
    }
    if (isPath(v)) {
      return v.segments.map(
        (s) => (this.spend(40, 1), { start: this.value(s.start), relationship: this.value(s.relationship), end: this.value(s.end) }),
      );
    }
    if (isTemporal(v)) return this.value(String(v));
    if (Array.isArray(v)) return v.map((x) => (this.spend(1, 1), this.value(x)));
    if (ArrayBuffer.isView(v)) return this.value(Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64'));
    return this.map(v as Record<string, unknown>);
  }

  private integer(safe: boolean, v: bigint | Integer): number | string {
    const text = v.toString();
    this.spend(text.length + (safe ? 0 : 2));
    return safe ? Number(text) : text;
  }

  private map(o: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) {
      this.spend(k.length + 4, 1);
      out[k] = this.value(x);
    }
    return out;
  }
}

/** User parameters from JSON: whole numbers become Cypher integers (so `LIMIT $n` works). */
export function cypherParams(v: unknown): unknown {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(cypherParams);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cypherParams(x)]));
  }
  return v;
}
