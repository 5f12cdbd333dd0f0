/**
 * The baseline: a bare Fastify route on the same machine that returns a page of the same size
 * from memory (no auth, no database, no validation). Started as a child process by the bench.
 */
import Fastify from 'fastify';

const port = Number(process.env.PORT);
const body = process.env.BARE_BODY ?? '{}';
const app = Fastify({ logger: false });
app.get('/bare', (_req, reply) => reply.type('application/json').send(body));
await app.listen({ port, host: '127.0.0.1' });
process.stderr.write('is listening on\n');
