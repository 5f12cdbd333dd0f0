/** CSV and XLSX in and out: stable columns in a header row, one commitment a row. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { SheetRow } from '../core/commitments/columns';
import { AppError } from '../core/errors';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first: "CSV injection") is
 * written with a leading apostrophe, the spreadsheets' own "this is text" mark; apostrophes
 * already there are kept, so that reading strips exactly one and the text comes back as stored.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
export const escapeFormula = (s: string) => (FORMULA_LIKE.test(s) ? `'${s}` : s);
export const unescapeFormula = (s: string) => (s.startsWith("'") && FORMULA_LIKE.test(s) ? s.slice(1) : s);

export function parseCsv(text: string): SheetRow[] {
  try {
    return parse(text.replace(/^\uFEFF/, ''), {
      columns: (h: string[]) => h.map((x) => x.trim()),
      skip_empty_lines: true,
      relax_column_count: false,
      trim: false,
      cast: (value: string) => unescapeFormula(value),
    }) as SheetRow[];
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new AppError('validation', `the CSV cannot be read: ${err.message}`, [
      { path: err.lines ? `row ${err.lines}` : 'file', message: err.message },
    ]);
  }
}

export function writeCsv(rows: SheetRow[], columns: readonly string[]): string {
  return stringify(rows, {
    header: true,
    columns: [...columns],
    cast: { boolean: (b) => (b ? 'true' : 'false'), string: escapeFormula },
  });
}

export async function parseXlsx(buf: Buffer): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError('validation', `the XLSX cannot be read: ${(e as Error).message}`, [
      { path: 'file', message: 'not an XLSX workbook' },
    ]);
  }
  const ws = wb.getWorksheet('commitments') ?? wb.worksheets[0];
  if (!ws)
    throw new AppError('validation', 'the workbook has no sheet', [{ path: 'file', message: 'no sheet' }]);
  const header: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    header[col] = String(cell.text ?? '').trim();
  });
  const rows: SheetRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const out: SheetRow = {};
    header.forEach((h, col) => {
      if (!h) return;
      const cell = row.getCell(col);
      const v = cell.value;
      out[h] =
        v === null || v === undefined
          ? null
          : v instanceof Date
            ? v.toISOString().slice(0, 10)
            : typeof v === 'object'
              ? cell.text
              : (v as string | number | boolean);
    });
    rows.push(out);
  }
  return rows;
}

export async function writeXlsx(
  rows: SheetRow[],
  columns: readonly string[],
  meta: { title: string; note: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Guarantor';
  wb.title = meta.title;
  const ws = wb.addWorksheet('commitments', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c, key: c, width: Math.min(60, Math.max(12, c.length + 2)) }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  const about = wb.addWorksheet('about');
  about.addRow([meta.title]);
  about.addRow([meta.note]);
  about.addRow(['Columns are documented in docs/columns.md of the Guarantor repository.']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
