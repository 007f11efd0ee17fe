/**
 * POST /api/curate — the explorer's one write endpoint. It accepts exactly three operations,
 * each a JSON body checked by schema (no other fields): merge two actors, split an alias off an
 * actor, reject a relationship. They go through graph/curate.ts like `kg curate`: recorded in the
 * curation log and applied to the stored graph. A JSON body from a page on another origin is
 * refused (the browser cannot send one without CORS, which this server never grants; an Origin
 * header that is not the server's own is refused too). Operations run one at a time.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loadConfig } from '../../../graph/config.js';
import { curate, type CurateRequest } from '../../../graph/curate.js';
import { openStore } from '../../../graph/store.js';
import type { Ctx } from '../context.js';
import { body as errorBody } from '../errors.js';
import { refreshSnapshot } from '../snapshot/index.js';

const id = { type: 'string', minLength: 1, maxLength: 300 } as const;
const op = (name: string, props: Record<string, unknown>) => ({
  // `{ not: {} }`, not `false`: fastify's validator would silently drop unknown fields; these are refused.
  type: 'object',
  additionalProperties: { not: {} },
  required: ['op', ...Object.keys(props)],
  properties: { op: { const: name }, ...props },
});
const SCHEMA = {
  oneOf: [
    op('merge', { into: id, from: id }),
    op('split', { entity: id, alias: { type: 'string', minLength: 1, maxLength: 500 } }),
    op('reject', { key: { type: 'string', minLength: 1, maxLength: 200 } }),
  ],
};

const sameOrigin = (req: FastifyRequest): boolean => {
  const origin = req.headers.origin;
  return !origin || origin === `${req.protocol}://${req.headers.host}`;
};

export function curateRoutes(app: FastifyInstance, ctx: Ctx): void {
  let queue: Promise<unknown> = Promise.resolve();
  app.post<{ Body: CurateRequest }>('/api/curate', { schema: { body: SCHEMA } }, async (req, reply) => {
    if (!sameOrigin(req))
      return reply.code(403).send(errorBody('BAD_ORIGIN', 'explorer: curation is only accepted from the explorer itself'));
    const work = queue.then(async () => {
      const store = await openStore({ ...loadConfig(), database: ctx.database }, ctx.driver);
      const r = await curate(store, req.body);
      ctx.memo?.clear();
      await refreshSnapshot(ctx);
      return { op: r.op.op, id: r.op.id, entity: r.entity, rewritten: r.rewritten };
    });
    queue = work.catch(() => {});
    return work;
  });
}
