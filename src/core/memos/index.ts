export { PARIS_MEMO_ILLUSTRATIVE } from './fixtures/paris-memo';
export { MARK_SCHEME } from './keys';
export { type MarkMemoCopiesInput, markMemoCopies } from './mark-memo-copies';
export { MEMO_LANGS, type MemoLang } from './phrases';
export { type TraceCopy, type TraceExcerptInput, traceExcerpt } from './trace-excerpt';
export { stripZeroWidth } from './zero-width';
