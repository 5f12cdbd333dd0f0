/** Turns an API error into error-summary items linked to the form's fields (`body.x` → `prefix-x`). */
import { isApiError } from '../../api/client';
import type { SummaryItem } from '../../components/error-summary';

export function formErrors(
  e: unknown,
  prefix: string,
  fields: string[],
): { items: SummaryItem[]; byField: Record<string, string> } {
  if (!isApiError(e))
    return { items: [{ message: 'The server could not be reached; try again.' }], byField: {} };
  const byField: Record<string, string> = {};
  const items: SummaryItem[] = [];
  for (const i of e.errors.length ? e.errors : [{ path: '', message: e.message }]) {
    const field = i.path.replace(/^body\./, '').split('.')[0] ?? '';
    const known = fields.includes(field);
    if (known && !byField[field]) byField[field] = i.message;
    items.push({
      fieldId: known ? `${prefix}-${field}` : undefined,
      message: known ? `${field}: ${i.message}` : i.message,
    });
  }
  return { items, byField };
}
