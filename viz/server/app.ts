/**
 * The explorer's fastify app: JSON API under /api, the built web app at /. Routes are registered
 * here in one list; each lives in its own file under routes/.
 */
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { read, type Ctx } from './context.js';
import { errorHandler, body } from './errors.js';
import { articleRoutes } from './routes/article.js';
import { contradictionRoutes } from './routes/contradictions.js';
import { curateRoutes } from './routes/curate.js';
import { cypherRoutes } from './routes/cypher.js';
import { entityRoutes } from './routes/entity.js';
import { evidenceBulkRoutes } from './routes/evidence-bulk.js';
import { evidenceRoutes } from './routes/evidence.js';
import { facetRoutes } from './routes/facets.js';
import { neighbourhoodRoutes } from './routes/neighbourhood.js';
import { overviewRoutes } from './routes/overview.js';
import { pathRoutes } from './routes/paths.js';
import { searchRoutes } from './routes/search.js';
import { statsRoutes } from './routes/stats.js';
import { hostGuard, securityHeaders } from './security.js';

const ROUTES = [
  searchRoutes,
  entityRoutes,
  neighbourhoodRoutes,
  evidenceRoutes,
  evidenceBulkRoutes,
  pathRoutes,
  statsRoutes,
  overviewRoutes,
  cypherRoutes,
  facetRoutes,
  contradictionRoutes,
  articleRoutes,
  curateRoutes,
];

export interface AppOptions {
  /** The built web app (viz/web/dist); when null, / explains how to build it. */
  webRoot: string | null;
  /** Accept only loopback Host headers (DNS-rebinding guard) — on when bound to loopback. */
  loopbackOnly: boolean;
  logger?: boolean;
}

export async function buildApp(ctx: Ctx, opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 64 * 1024 });
  app.setErrorHandler(errorHandler);
  if (opts.loopbackOnly) app.addHook('onRequest', hostGuard);
  app.addHook('onSend', securityHeaders);
  for (const register of ROUTES) register(app, ctx);
  // ?db=1 also asks Neo4j (the page polls it while Neo4j is down): 503 NEO4J_UNREACHABLE until it answers.
  app.get<{ Querystring: { db?: string } }>('/api/health', async (req) => {
    if (req.query.db) await read(ctx, 'RETURN 1 AS ok');
    return { ok: true };
  });
  app.all('/api/*', (_req, reply) => reply.code(404).send(body('NOT_FOUND', 'explorer: no such API route')));
  if (opts.webRoot) {
    await app.register(fastifyStatic, { root: opts.webRoot, index: 'index.html', wildcard: true });
  } else {
    app.get('/', (_req, reply) =>
      reply.type('text/plain').send('kg explorer: the web app is not built (run `npm run build:web`). The API is at /api.'),
    );
  }
  return app;
}
