/**
 * The one error type of Guarantor. Core throws it; the server translates the code to an HTTP
 * status (server/plugins/errors.ts) and the CLI to an exit code (cli/output.ts). A code missing
 * from either table is a compile error, because both are typed `Record<ErrorCode, …>`.
 */
export const ERROR_CODES = [
  'bad_request',
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'invalid_transition',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'unavailable',
  'disk_full',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `terms.money.currency` or `row 7: amount`. */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (why: string) => new AppError('forbidden', why);
