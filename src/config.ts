/**
 * Configuration, parsed once from the environment. A bad variable stops start-up with its name.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000).describe('HTTP port'),
  HOST: z.string().min(1).default('127.0.0.1').describe('Interface to listen on'),
  GUARANTOR_DATA: z.string().min(1).default('./data').describe('Data directory of the embedded database'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .describe('Use this PostgreSQL server instead of the embedded database'),
  GUARANTOR_SECURE_COOKIES: z
    .enum(['true', 'false'])
    .optional()
    .describe('Mark cookies Secure (default: true unless HOST is a loopback address)'),
  GUARANTOR_TRUST_PROXY: z
    .string()
    .regex(
      /^[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*$/,
      'must be a comma-separated list of proxy addresses or CIDR ranges (10.0.0.5,10.1.0.0/16)',
    )
    .optional()
    .describe('Load balancers whose X-Forwarded-For names the client (rate limits and audit per client)'),
  GUARANTOR_LOG: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  GUARANTOR_NO_DEMO: z
    .enum(['1', 'true'])
    .optional()
    .describe('Do not load the Paris 2026 demo on first start'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secureCookies: boolean;
  logLevel: string;
  loadDemo: boolean;
  /** Proxies trusted to name the client in X-Forwarded-For; none by default. */
  trustProxy?: string[];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // an empty variable counts as unset (`FOO= guarantor serve`)
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = Env.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Bad configuration in the environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const loopback = /^(127\.|localhost$|::1$)/.test(e.HOST);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.GUARANTOR_DATA),
    databaseUrl: e.DATABASE_URL,
    secureCookies: e.GUARANTOR_SECURE_COOKIES ? e.GUARANTOR_SECURE_COOKIES === 'true' : !loopback,
    logLevel: e.GUARANTOR_LOG,
    loadDemo: !e.GUARANTOR_NO_DEMO,
    trustProxy: e.GUARANTOR_TRUST_PROXY ? e.GUARANTOR_TRUST_PROXY.split(',') : [],
  };
}
