export type { Analysis } from '../../contracts/analysis';
export { type AnalyzeOptions, analyzeText } from './analyze-text';
export { detectLanguage } from './detect-language';
export { LEXICON_LANGS } from './lexicon';
