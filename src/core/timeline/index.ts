export type { TimelineLang } from './date-words';
export { type DateMention, findDateMentions } from './find-date-mentions';
export { importTimeline } from './import-timeline';
export { inferYear } from './infer-year';
export { splitSentences } from './sentences';
