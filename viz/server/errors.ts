/**
 * One place turns failures into HTTP answers: KgErrors keep their code and hint, fastify's own
 * validation errors become BAD_ARGUMENT, anything else is a 500 without internals.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isKgError, kgError, type KgError } from '../../ingest/errors.js';
import type { ApiError } from '../shared/types.js';

const STATUS: Record<string, number> = {
  BAD_ARGUMENT: 400,
  CURATION_NOT_FOUND: 404,
  CURATION_INVALID: 400,
  NEO4J_QUERY: 400,
  NEO4J_READ_ONLY: 403,
  QUERY_REFUSED: 403,
  RESULT_TOO_LARGE: 422,
  QUERY_TIMEOUT: 504,
  QUERY_BUSY: 503,
  NEO4J_UNREACHABLE: 503,
  NEO4J_AUTH: 503,
};

export function body(code: string, message: string, hint?: string): ApiError {
  return { error: { code, message, ...(hint ? { hint } : {}) } };
}

export function badArgument(message: string, hint?: string): KgError {
  return kgError('BAD_ARGUMENT', `explorer: ${message}`, hint);
}

export function notFound(reply: FastifyReply, what: string): FastifyReply {
  return reply.code(404).send(body('NOT_FOUND', `explorer: no ${what}`));
}

export function errorHandler(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (isKgError(err)) return reply.code(STATUS[err.code] ?? 500).send(body(err.code, err.message, err.hint));
  const fe = err as FastifyError;
  if (fe.validation) return reply.code(400).send(body('BAD_ARGUMENT', `explorer: ${fe.message}`));
  if (fe.statusCode && fe.statusCode < 500) return reply.code(fe.statusCode).send(body(fe.code ?? 'BAD_REQUEST', fe.message));
  req.log.error(err);
  return reply.code(500).send(body('INTERNAL', 'explorer: the request failed', 'see the server log'));
}
