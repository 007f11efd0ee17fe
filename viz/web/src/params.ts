/**
 * Cypher parameters as typed in the Cypher box: a JSON object ({"name": "militia"}), or one
 * `name=value` per line or separated by commas/semicolons, each value parsed as JSON when it is
 * JSON (numbers, lists, true) and kept as a string otherwise — the same rule as `kg query --param`.
 * Pure; problems come back as a message, never thrown.
 */
export type Parsed = { params: Record<string, unknown> } | { error: string };

export function parseParams(text: string): Parsed {
  const t = text.trim();
  if (!t) return { params: {} };
  if (t.startsWith('{')) {
    try {
      const v = JSON.parse(t) as unknown;
      if (v && typeof v === 'object' && !Array.isArray(v)) return { params: v as Record<string, unknown> };
      return { error: 'parameters: a JSON object is expected' };
    } catch (e) {
      return { error: `parameters: invalid JSON (${(e as Error).message})` };
    }
  }
  const params: Record<string, unknown> = {};
  for (const part of t.split(/\n|;|,(?=\s*[$A-Za-z_][\w]*\s*[=:])/)) {
    const kv = part.trim();
    if (!kv) continue;
    const m = /^\$?([A-Za-z_]\w*)\s*[=:]\s*(.*)$/s.exec(kv);
    if (!m) return { error: `parameters: expected name=value, got "${kv.slice(0, 40)}"` };
    const raw = m[2]!.trim();
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw.replace(/^(['"])(.*)\1$/s, '$2');
    }
    params[m[1]!] = value;
  }
  return { params };
}

/** The `$names` a query uses (so the box can say which are missing). */
export function paramNames(query: string): string[] {
  const noStrings = query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\/[^\n]*/g, '');
  return [...new Set([...noStrings.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
}
