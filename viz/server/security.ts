/**
 * Defence in depth for a local tool: a Content-Security-Policy that forbids inline script (so an
 * article's `<script>` could never run even if it reached the DOM as HTML), nosniff, no framing,
 * and a Host check against DNS rebinding when the server listens on loopback only.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { body } from './errors.js';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

export async function securityHeaders(_req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  reply.header('Content-Security-Policy', CSP);
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Referrer-Policy', 'no-referrer');
  reply.header('X-Frame-Options', 'DENY');
  return payload;
}

export async function hostGuard(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const host = req.headers.host ?? '';
  if (!LOOPBACK.test(host))
    await reply.code(421).send(body('BAD_HOST', `explorer: unexpected Host "${host.slice(0, 100)}"`, 'use http://127.0.0.1'));
}
