/** Memos: written once, one marked copy per invited delegation; downloads (logged), the open log, tracing. */
import { z } from 'zod';
import { PartyCode, Problem } from '../../contracts/common';
import { MemoId } from '../../contracts/memo';
import {
  MemoCopyFormat,
  MemoOpen,
  MemoTraceAnswer,
  MemoTraceQuery,
  MemoView,
  MemoWrite,
} from '../../contracts/memo-copy';
import { SummitKey } from '../../contracts/summit';
import { getMemo } from '../../core/memo-copies/get-memo';
import { listMemoOpens } from '../../core/memo-copies/list-memo-opens';
import { readMemoCopy } from '../../core/memo-copies/read-memo-copy';
import { traceMemoExcerpt } from '../../core/memo-copies/trace-memo-excerpt';
import { writeMemo } from '../../core/memo-copies/write-memo';
import { renderMemoCopy } from '../../platform/memo-documents';
import type { AppContext } from '../context';
import type { App } from './types';

const tags = ['memos'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const Params = z.strictObject({ id: MemoId });

export function memoRoutes(app: App, ctx: AppContext) {
  app.post('/api/summits/:id/memos', {
    schema: {
      tags,
      summary:
        'Write a memo; every invited party (or those named) gets its own invisibly marked copy (secretariat)',
      params: z.strictObject({ id: SummitKey }),
      body: MemoWrite,
      response: { 201: MemoView, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await writeMemo({ key: req.params.id, input: req.body, actor: req.actor }, ctx)),
  });
  app.get('/api/memos/:id', {
    schema: {
      tags,
      summary: 'A memo and the copies the caller may open',
      params: Params,
      response: { 200: MemoView, ...errors },
    },
    handler: (req) => getMemo({ id: req.params.id, actor: req.actor }, { repos: ctx.store }),
  });
  app.get('/api/memos/:id/copies/:party', {
    schema: {
      tags,
      summary:
        "Download a party's copy as text, DOCX or PDF (a delegation its own; the secretariat any); every opening is logged",
      params: z.strictObject({ id: MemoId, party: PartyCode }),
      querystring: z.strictObject({ format: MemoCopyFormat.default('txt') }),
    },
    handler: async (req, reply) => {
      const { format } = req.query;
      const c = await readMemoCopy(
        { memoId: req.params.id, party: req.params.party, format, actor: req.actor },
        ctx,
      );
      const file = await renderMemoCopy(
        { title: c.memoTitle, text: c.text, fileStem: `${c.memoId}-${c.party}` },
        format,
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  });
  app.get('/api/memos/:id/opens', {
    schema: {
      tags,
      summary: 'Who opened which copy, when, in which format (secretariat)',
      params: Params,
      response: { 200: z.array(MemoOpen), ...errors },
    },
    handler: (req) => listMemoOpens({ memoId: req.params.id, actor: req.actor }, { repos: ctx.store }),
  });
  app.post('/api/memos/trace', {
    schema: {
      tags,
      summary: 'Trace a leaked excerpt to the most likely copy, with confidence and evidence (secretariat)',
      body: MemoTraceQuery,
      response: { 200: MemoTraceAnswer, ...errors },
    },
    handler: (req) =>
      traceMemoExcerpt(
        { excerpt: req.body.excerpt, memoId: req.body.memoId, actor: req.actor },
        { repos: ctx.store },
      ),
  });
}
