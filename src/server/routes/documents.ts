/**
 * The written guarantees: the declaration and the agreements in every format, their diff,
 * signatures and verification, clause translations, and the compliance report.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Problem } from '../../contracts/common';
import { ComplianceQuery, ComplianceReport } from '../../contracts/compliance';
import {
  DiffQuery,
  type DocFormat,
  DocumentDiff,
  DocumentModel,
  DocumentQuery,
  PartyParams,
  SignatureCreate,
  SignatureParams,
  SignatureView,
  TranslationParams,
  TranslationPut,
  TranslationView,
  VerifyResult,
} from '../../contracts/document';
import { complianceReport } from '../../core/compliance/compliance-report';
import { reportDocument } from '../../core/compliance/report-document';
import { documentDiff } from '../../core/documents/diff-documents';
import { generateDocument } from '../../core/documents/generate-document';
import { listSignatures, signAgreement } from '../../core/documents/sign-agreement';
import { translateClause } from '../../core/documents/translate-clause';
import { verifySignature } from '../../core/documents/verify-signature';
import { renderDocument } from '../../platform/documents/render';
import type { AppContext } from '../context';
import type { App } from './types';

const tags = ['documents'];
const errors = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  422: Problem,
  503: Problem,
};
const FORMATS = 'md (Markdown), docx (Word), pdf (fonts embedded), akn (Akoma Ntoso XML) or json (the model)';

async function send(req: FastifyRequest, reply: FastifyReply, model: DocumentModel, format: DocFormat) {
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(model));
  const base = req.headers.host ? `${req.protocol}://${req.headers.host}` : '';
  const r = await renderDocument(model, format, base);
  const disposition = format === 'docx' || format === 'pdf' ? 'attachment' : 'inline';
  return reply
    .type(r.contentType)
    .header('content-disposition', `${disposition}; filename="${r.fileName}"`)
    .send(r.body);
}

export function documentRoutes(app: App, ctx: AppContext) {
  const deps = { repos: ctx.store, clock: ctx.clock };
  app.get('/api/documents/declaration', {
    schema: {
      tags,
      summary: `The consolidated declaration (all guarantors, by pillar) as of a date: ${FORMATS}`,
      querystring: DocumentQuery,
      response: { 200: DocumentModel, ...errors },
    },
    handler: async (req, reply) =>
      send(
        req,
        reply,
        await generateDocument(
          { kind: 'declaration', date: req.query.date, lang: req.query.lang, actor: req.actor },
          deps,
        ),
        req.query.format,
      ),
  });
  app.get('/api/documents/agreements/:party', {
    schema: {
      tags,
      summary: `One guarantor's agreement as of a date: ${FORMATS}`,
      params: PartyParams,
      querystring: DocumentQuery,
      response: { 200: DocumentModel, ...errors },
    },
    handler: async (req, reply) =>
      send(
        req,
        reply,
        await generateDocument(
          {
            kind: 'agreement',
            party: req.params.party,
            date: req.query.date,
            lang: req.query.lang,
            actor: req.actor,
          },
          deps,
        ),
        req.query.format,
      ),
  });
  app.get('/api/documents/diff', {
    schema: {
      tags,
      summary:
        'Compare a document at two dates, clause by clause: added, removed, changed (and which commitment)',
      querystring: DiffQuery,
      response: { 200: DocumentDiff, ...errors },
    },
    handler: (req) => documentDiff({ ...req.query, actor: req.actor }, deps),
  });
  app.get('/api/documents/agreements/:party/signatures', {
    schema: {
      tags,
      summary: "The signatures on a party's agreement, newest first",
      params: PartyParams,
      response: { 200: z.array(SignatureView), ...errors },
    },
    handler: (req) => listSignatures({ party: req.params.party, actor: req.actor }, { repos: ctx.store }),
  });
  app.post('/api/documents/agreements/:party/signatures', {
    schema: {
      tags,
      summary: "Sign your own delegation's agreement (Ed25519 over the canonical document)",
      params: PartyParams,
      body: SignatureCreate,
      response: { 201: SignatureView, ...errors },
    },
    handler: async (req, reply) => {
      const s = await signAgreement(
        { party: req.params.party, date: req.body.date, lang: req.body.lang, actor: req.actor },
        ctx,
      );
      return reply.code(201).header('location', `/api/documents/signatures/${s.id}/verify`).send(s);
    },
  });
  app.get('/api/documents/signatures/:id/verify', {
    schema: {
      tags,
      summary:
        'Verify a signature: the signature itself, the signed history, and whether the agreement changed since',
      params: SignatureParams,
      response: { 200: VerifyResult, ...errors },
    },
    handler: (req) => verifySignature({ id: req.params.id, actor: req.actor }, deps),
  });
  app.put('/api/documents/translations/:commitmentId/:lang', {
    schema: {
      tags,
      summary: "Record a person's translation of a commitment's text (secretariat)",
      params: TranslationParams,
      body: TranslationPut,
      response: { 200: TranslationView, ...errors },
    },
    handler: (req) =>
      translateClause(
        {
          commitmentId: req.params.commitmentId,
          lang: req.params.lang,
          text: req.body.text,
          version: req.body.version,
          actor: req.actor,
        },
        ctx,
      ),
  });
  app.get('/api/compliance', {
    schema: {
      tags: ['compliance'],
      summary: `Compliance report in the manner of the G7 Research Group (−1, 0, +1): json, or ${FORMATS}`,
      querystring: ComplianceQuery,
      response: { 200: ComplianceReport, ...errors },
    },
    handler: async (req, reply) => {
      const { format, ...q } = req.query;
      const report = await complianceReport({ ...q, actor: req.actor }, deps);
      if (format === 'json') return reply.send(report);
      return send(req, reply, reportDocument(report, q.lang), format);
    },
  });
}
