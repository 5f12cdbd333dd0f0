import { z } from 'zod';
import { Analysis } from '../../contracts/analysis';
import { LangCode, nonEmpty } from '../../contracts/common';
import { LIMITS } from '../../contracts/limits';
import { StatsConcreteness } from '../../contracts/stats';
import { concretenessStats } from '../../core/commitments/concreteness-stats';
import { analyzeText } from '../../core/concreteness';
import type { AppContext } from '../context';
import type { App } from './types';

export const AnalyzeRequest = z
  .strictObject({
    text: nonEmpty(LIMITS.textChars).describe('One sentence or clause of a commitment'),
    lang: LangCode.optional().describe('Language of the text; detected when absent'),
  })
  .meta({ id: 'AnalyzeRequest' });

export function analyzeRoutes(app: App, ctx: AppContext) {
  app.post('/api/analyze', {
    schema: {
      tags: ['concreteness'],
      summary: 'Analyse a commitment text: concrete or vague, why, what is missing, with spans',
      body: AnalyzeRequest,
      response: { 200: Analysis },
    },
    handler: (req) => analyzeText(req.body.text, req.body.lang ? { lang: req.body.lang } : {}),
  });
  app.get('/api/stats/concreteness', {
    schema: {
      tags: ['concreteness'],
      summary: 'Concrete and vague commitments by guarantor and pillar, of what you may read',
      response: { 200: StatsConcreteness },
    },
    handler: (req) => concretenessStats({ actor: req.actor }, ctx.store),
  });
}
