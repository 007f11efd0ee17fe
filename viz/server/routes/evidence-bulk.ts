/**
 * POST /api/evidence/bulk {keys} — the export attributes `evidence` and `attribution` of up to
 * 20,000 relationships, so the explorer's GEXF and GraphML carry what `kg export` writes.
 */
import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../context.js';
import { exportEvidence } from '../export.js';

export function evidenceBulkRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.post<{ Body: { keys: string[] } }>(
    '/api/evidence/bulk',
    {
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        body: {
          type: 'object',
          required: ['keys'],
          additionalProperties: false,
          properties: { keys: { type: 'array', maxItems: 20_000, items: { type: 'string', maxLength: 2000 } } },
        },
      },
    },
    async (req) => ({ evidence: Object.fromEntries(await exportEvidence(ctx, req.body.keys)) }),
  );
}
