import type { MemoLanguage } from '../../../contracts/memo';
import type { MemoCopyFormat } from '../../../contracts/memo-copy';
import type {
  ActionItemStatus,
  AttendanceLevel,
  AttendanceMode,
  SummitFormat,
} from '../../../contracts/summit';

export const FORMAT_LABELS: Record<SummitFormat, string> = {
  in_person: 'In person',
  online: 'Online',
  hybrid: 'Hybrid (in person and online)',
};
export const LEVEL_LABELS: Record<AttendanceLevel, string> = {
  head_of_state_or_government: 'Head of state or government',
  minister: 'Minister',
  official: 'Official',
};
export const MODE_LABELS: Record<AttendanceMode, string> = { in_person: 'In person', online: 'Online' };
/**
 * The levels and modes in the contracts' order, read off the maps above: the arrays in
 * contracts/summit.ts come with its Zod schemas, which the summit page does not otherwise need.
 */
export const ATTENDANCE_LEVEL_VALUES = Object.keys(LEVEL_LABELS) as AttendanceLevel[];
export const ATTENDANCE_MODE_VALUES = Object.keys(MODE_LABELS) as AttendanceMode[];

/** A memo copy's formats and a memo's languages, kept off the contracts' Zod schemas likewise. */
const COPY_FORMAT_LABELS: Record<MemoCopyFormat, string> = { txt: 'TXT', docx: 'DOCX', pdf: 'PDF' };
export const COPY_FORMAT_VALUES = Object.keys(COPY_FORMAT_LABELS) as MemoCopyFormat[];
const MEMO_LANGUAGE_LABELS: Record<MemoLanguage, string> = { en: 'en', ru: 'ru', uk: 'uk' };
export const MEMO_LANGUAGE_VALUES = Object.keys(MEMO_LANGUAGE_LABELS) as MemoLanguage[];
export const STATUS_LABELS: Record<ActionItemStatus, string> = {
  open: 'Open',
  overdue: 'Overdue',
  done: 'Done',
};
export const STATUS_TONES: Record<ActionItemStatus, string> = {
  open: 'light-blue',
  overdue: 'red',
  done: 'green',
};
