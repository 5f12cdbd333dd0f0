import { loadConfig } from '../../config';
import { AppError } from '../../core/errors';
import { type Backend, openBackend } from '../backend';
import { EXIT_CODES, log } from '../output';

export type Run = (fn: (b: Backend) => Promise<void>) => Promise<void>;

/** Opens the backend, runs the command, closes it, and maps an error to an exit code. */
export const run: Run = async (fn) => {
  let backend: Backend | undefined;
  try {
    backend = await openBackend(loadConfig());
    await fn(backend);
  } catch (e) {
    process.exitCode = reportError(e);
  } finally {
    await backend?.close().catch(() => {});
  }
};

export function reportError(e: unknown): number {
  if (e instanceof AppError) {
    log(`error: ${e.message}`);
    for (const i of e.issues) log(`  ${i.path}: ${i.message}`);
    return EXIT_CODES[e.code];
  }
  log(`error: ${(e as Error).message ?? String(e)}`);
  return 1;
}
