/**
 * Every error leaves as application/problem+json (RFC 9457) with a stable `code` and, for bad
 * input, one entry per offending field. Nothing a client sends should produce a 5xx.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldIssue } from '../../core/errors';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 422,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unavailable: 503,
  disk_full: 507,
  internal: 500,
};

const TITLES: Record<ErrorCode, string> = {
  bad_request: 'Bad request',
  validation: 'Invalid input',
  unauthenticated: 'Sign-in required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict',
  invalid_transition: 'Status change not allowed',
  rate_limited: 'Too many requests',
  payload_too_large: 'Request too large',
  unsupported_media_type: 'Unsupported content type',
  unavailable: 'Temporarily unavailable',
  disk_full: 'Insufficient storage',
  internal: 'Internal error',
};

export function sendProblem(reply: FastifyReply, code: ErrorCode, detail: string, errors: FieldIssue[] = []) {
  const status = HTTP_STATUS[code];
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: `https://guarantor.invalid/problems/${code}`,
      title: TITLES[code],
      status,
      detail,
      code,
      ...(errors.length ? { errors } : {}),
    });
}

interface ZodLikeIssue {
  code?: string;
  message?: string;
  path?: PropertyKey[];
  keys?: string[];
  errors?: ZodLikeIssue[][];
}

/** The most telling message of an issue: a union reports its first branch's own issue. */
function explain(issue: ZodLikeIssue): { sub: string[]; message: string } {
  if (issue.code === 'invalid_union' && issue.errors?.[0]?.[0]) {
    const inner = issue.errors[0][0];
    const e = explain(inner);
    return { sub: [...(inner.path ?? []).map(String), ...e.sub], message: e.message };
  }
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return {
      sub: [issue.keys.join(',')],
      message: `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`,
    };
  }
  return { sub: [], message: issue.message ?? 'invalid' };
}

/** Zod issue paths become dotted field names prefixed by where they were: body, query, params. */
function zodIssues(err: FastifyError): FieldIssue[] {
  const ctx = (err as FastifyError & { validationContext?: string }).validationContext ?? 'body';
  const where = ctx === 'querystring' ? 'query' : ctx;
  return (err.validation ?? []).map((v) => {
    const path = v.instancePath.split('/').filter(Boolean);
    const { sub, message } = explain({
      code: v.keyword,
      message: v.message ?? 'invalid',
      ...(v.params as object),
    });
    return { path: [where, ...path, ...sub].join('.'), message };
  });
}

const PG_INPUT_ERRORS = new Set(['22P02', '22P05', '22021', '22003', '22007', '22008', '54000']);

/**
 * The database is down, restarting or refusing connections: socket errors, PostgreSQL's
 * connection-exception class (08), admin/crash shutdown and "cannot connect now" (57P0x), too
 * many connections (53300). The client retries after Retry-After. A connection lost during
 * COMMIT leaves the outcome unknown: a retried registration then meets its own ref (409).
 */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08P01',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
/** node-postgres reports a dropped socket or a pool timeout by message only. */
const UNREACHABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable)/;
/** No space left: PostgreSQL's disk_full (53100) or a file write in the data directory. */
const DISK_FULL = new Set(['53100', 'ENOSPC']);

/** Classifies a failure of the database itself (not of the request), or null. */
export function databaseFault(err: unknown): 'unavailable' | 'disk_full' | null {
  if (!(err instanceof Error)) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && DISK_FULL.has(code)) return 'disk_full';
  if (typeof code === 'string' && UNREACHABLE.has(code)) return 'unavailable';
  if (UNREACHABLE_MESSAGE.test(err.message)) return 'unavailable';
  return null;
}

export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) return sendProblem(reply, err.code, err.message, err.issues);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = zodIssues(err);
      return sendProblem(
        reply,
        'bad_request',
        `invalid ${issues[0]?.path ?? 'request'}: ${issues[0]?.message ?? ''}`.trim(),
        issues,
      );
    }
    switch (err.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(reply, 'bad_request', `the body is not valid JSON: ${err.message}`, [
          { path: 'body', message: 'malformed JSON' },
        ]);
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, 'payload_too_large', err.message, [{ path: 'body', message: 'too large' }]);
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendProblem(reply, 'unsupported_media_type', err.message, [
          { path: 'content-type', message: 'not accepted here' },
        ]);
      case 'FST_ERR_VALIDATION':
        return sendProblem(reply, 'bad_request', err.message);
    }
    if (err.statusCode === 429) return sendProblem(reply, 'rate_limited', err.message);
    const pgCode = (err as { code?: string }).code;
    if (pgCode && PG_INPUT_ERRORS.has(pgCode))
      return sendProblem(reply, 'bad_request', 'a value could not be stored as given');
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return sendProblem(reply, err.statusCode === 404 ? 'not_found' : 'bad_request', err.message);
    }
    const fault = databaseFault(err);
    if (fault === 'unavailable') {
      req.log.warn({ code: pgCode, message: err.message }, 'database unreachable');
      reply.header('retry-after', '2');
      return sendProblem(reply, 'unavailable', 'the database is not reachable; retry shortly');
    }
    if (fault === 'disk_full') {
      // the statement's transaction rolled back: nothing of this request was written
      req.log.error({ code: pgCode, message: err.message }, 'disk full');
      reply.header('retry-after', '60');
      return sendProblem(
        reply,
        'disk_full',
        'the disk holding the database is full (no space left on device); the change was not saved — free space on that disk and retry',
      );
    }
    req.log.error({ err }, 'unhandled error');
    return sendProblem(reply, 'internal', 'something went wrong on our side; it has been logged');
  });
}
