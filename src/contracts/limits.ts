/** Every size limit of the API, in one place. */
export const LIMITS = {
  bodyBytes: 1_000_000,
  importBytes: 20_000_000,
  titleChars: 300,
  textChars: 20_000,
  noteChars: 4_000,
  shortChars: 200,
  urlChars: 2_000,
  sourcesPerCommitment: 20,
  conditionsPerCommitment: 20,
  pageSizeMax: 200,
  pageSizeDefault: 50,
  passwordMinChars: 12,
  passwordMaxChars: 256,
  importRows: 20_000,
} as const;
