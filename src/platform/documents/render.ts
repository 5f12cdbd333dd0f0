/** One entry point for every format: the bytes, their media type and a file name. */
import type { DocFormat, DocumentModel } from '../../contracts/document';
import { renderAkn } from './akn';
import { renderDocx } from './docx';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';

export interface Rendered {
  body: Buffer;
  contentType: string;
  fileName: string;
}

export const MEDIA_TYPES: Record<DocFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  akn: 'application/akn+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};
const EXTENSIONS: Record<DocFormat, string> = {
  md: 'md',
  docx: 'docx',
  pdf: 'pdf',
  akn: 'akn.xml',
  json: 'json',
};

export function fileNameOf(m: DocumentModel, format: DocFormat): string {
  const what = m.kind === 'agreement' ? `agreement-${(m.party ?? '').toLowerCase()}` : m.kind;
  return `guarantor-${what}-${m.asOf}-${m.lang}.${EXTENSIONS[format]}`;
}

/** `base` prefixes the API links in DOCX and PDF (absolute links work outside the browser). */
export async function renderDocument(m: DocumentModel, format: DocFormat, base = ''): Promise<Rendered> {
  const body =
    format === 'md'
      ? Buffer.from(renderMarkdown(m), 'utf8')
      : format === 'docx'
        ? await renderDocx(m, base)
        : format === 'pdf'
          ? await renderPdf(m, base)
          : format === 'akn'
            ? Buffer.from(renderAkn(m), 'utf8')
            : Buffer.from(JSON.stringify(m), 'utf8');
  return { body, contentType: MEDIA_TYPES[format], fileName: fileNameOf(m, format) };
}
