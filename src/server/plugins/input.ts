/**
 * Text the database can store, checked once for every request before the route's own schema: no
 * NUL character and no lone surrogate (text that is not well-formed Unicode) anywhere in a JSON
 * body, a text body, the query or the path. PostgreSQL refuses both in text and jsonb, and a lone
 * surrogate would otherwise be stored as U+FFFD, silently changing what was sent; here the caller
 * gets a 400 naming the field instead.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldIssue } from '../../core/errors';
import { sendProblem } from './errors';

/** Paths name at most this many levels; a hostile body may nest far deeper. */
const MAX_NAMED_DEPTH = 32;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (code units). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function badText(s: string): string | null {
  if (s.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(s)) return 'must be well-formed Unicode (it holds a lone surrogate)';
  return null;
}

/** The first bad string in `root`, walked without recursion (bodies may nest 100 000 deep). */
export function findBadText(root: unknown, where: string): FieldIssue | null {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: root, path: where, depth: 0 }];
  while (stack.length) {
    const { v, path, depth } = stack.pop() as { v: unknown; path: string; depth: number };
    if (typeof v === 'string') {
      const message = badText(v);
      if (message) return { path, message };
      continue;
    }
    if (v === null || typeof v !== 'object' || Buffer.isBuffer(v)) continue;
    const entries: [string, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [String(i), x])
      : Object.entries(v as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, x] = entries[i] as [string, unknown];
      const child = depth < MAX_NAMED_DEPTH ? `${path}.${k}` : path.endsWith('…') ? path : `${path}.…`;
      const keyMessage = Array.isArray(v) ? null : badText(k);
      if (keyMessage) return { path: child, message: `field name ${keyMessage}` };
      stack.push({ v: x, path: child, depth: depth + 1 });
    }
  }
  return null;
}

export function installInputChecks(app: FastifyInstance) {
  app.addHook('preValidation', async (req: FastifyRequest) => {
    const bad =
      findBadText(req.params, 'params') ?? findBadText(req.query, 'query') ?? findBadText(req.body, 'body');
    if (bad) throw new AppError('bad_request', `invalid ${bad.path}: ${bad.message}`, [bad]);
  });
}

/**
 * Errors the router raises before any hook runs (a malformed percent-escape in the URL, a path
 * parameter over the length bound): a problem document like every other error, with the headers
 * that the security plugin would have set had it run.
 */
export function frameworkErrors(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  reply
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
    .header('x-frame-options', 'DENY')
    .header('referrer-policy', 'no-referrer');
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH')
    void sendProblem(reply, 'bad_request', 'a path parameter is too long', [
      { path: 'params', message: 'longer than the longest id or reference' },
    ]);
  else
    void sendProblem(reply, 'bad_request', 'the URL is malformed (a bad percent-escape)', [
      { path: 'url', message: 'malformed' },
    ]);
}
