/**
 * The HTTP application: API under /api, OpenAPI at /docs (JSON at /docs/json), the web app at /.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { LIMITS } from '../contracts/limits';
import type { AppContext } from './context';
import { installAuth } from './plugins/auth';
import { installErrorHandler, sendProblem } from './plugins/errors';
import { frameworkErrors, installInputChecks } from './plugins/input';
import { activationRoutes } from './routes/activation';
import { adminRoutes, backupRoute } from './routes/admin';
import { analyzeRoutes } from './routes/analyze';
import { authRoutes } from './routes/auth';
import { commitmentReadRoutes } from './routes/commitments/read';
import { commitmentTransferRoutes } from './routes/commitments/transfer';
import { commitmentWriteRoutes } from './routes/commitments/write';
import { documentRoutes } from './routes/documents';
import { forcegenRoutes } from './routes/forcegen/scenarios';
import { incidentRoutes } from './routes/incidents';
import { memoRoutes } from './routes/memos';
import { positionRoutes } from './routes/positions';
import { pressureRoutes } from './routes/pressure';
import { simulationRoutes } from './routes/simulations';
import { summitRoutes } from './routes/summits';
import { timelineRoutes } from './routes/timeline';

export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export async function buildApp(ctx: AppContext, opts: { logger?: FastifyServerOptions['logger'] } = {}) {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: LIMITS.bodyBytes,
    // behind load balancers (GUARANTOR_TRUST_PROXY) the client is the one they name, so that the
    // sign-in rate limit counts per client, not per balancer
    trustProxy: ctx.config.trustProxy?.length ? ctx.config.trustProxy : false,
    logController: new LogController({ disableRequestLogging: true }),
    // ids and refs are short; this bounds a hostile URL
    routerOptions: { maxParamLength: 200 },
    // a malformed URL is a problem document too
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Responses are plain JSON.stringify: Zod response schemas document the API (OpenAPI) but are
  // not re-validated on the way out (that cost 2 ms a page). Core returns public shapes only.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandler(app);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    // the same answer as frame-ancestors 'none', for browsers that only read X-Frame-Options
    frameguard: { action: 'deny' },
    // HSTS only where the site is served over https (secure cookies: not loopback, or configured
    // behind a TLS proxy); on plain-http loopback browsers ignore it, and pinning "localhost" to
    // https would break every other local development server
    hsts: ctx.config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, c) => {
      const e = new Error(`too many attempts; try again in ${Math.ceil(c.ttl / 1000)} s`) as Error & {
        statusCode: number;
      };
      e.statusCode = 429;
      return e;
    },
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Guarantor API',
        version: '0.1.0',
        description: 'Written, multinational security guarantees for Ukraine.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'guarantor_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  // every API route, for the authorisation test that must walk them all
  const apiRoutes: string[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api/')) return;
    for (const m of [r.method].flat()) if (m !== 'HEAD') apiRoutes.push(`${m} ${r.url}`);
  });

  installAuth(app, ctx);
  installInputChecks(app);
  authRoutes(app, ctx);
  adminRoutes(app, ctx);
  analyzeRoutes(app, ctx);
  forcegenRoutes(app, ctx);
  activationRoutes(app, ctx);
  simulationRoutes(app, ctx);
  positionRoutes(app, ctx);
  pressureRoutes(app, ctx);
  timelineRoutes(app, ctx);
  summitRoutes(app, ctx);
  memoRoutes(app, ctx);
  backupRoute(app, ctx);
  commitmentReadRoutes(app, ctx);
  commitmentWriteRoutes(app, ctx);
  commitmentTransferRoutes(app, ctx);
  documentRoutes(app, ctx);
  // after the commitments' import, whose text/csv parser it reuses
  incidentRoutes(app, ctx);

  const web = existsSync(WEB_DIST);
  if (web)
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // the build writes .br and .gz beside each script and stylesheet (vite.config.ts)
      preCompressed: true,
    });
  app.setNotFoundHandler((req, reply) => {
    // the web app's own routes (/commitments/…) fall back to index.html
    // (a missing /assets/… file is a 404, not the page: a stale tab must not get HTML for a script)
    if (web && req.method === 'GET' && !/^\/(api|docs|assets)\//.test(req.url) && req.url !== '/docs') {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(reply, 'not_found', `no route ${req.method} ${req.url.split('?')[0]}`);
  });
  return app;
}
