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
