/** The labels the form shows, by API path; error messages are worded with them too. */
export const LABELS: Record<string, string> = {
  ref: 'Reference',
  guarantor: 'Guarantor',
  beneficiary: 'Beneficiary',
  pillar: 'Pillar',
  kind: 'Kind',
  title: 'Title',
  announcedOn: 'Announced on',
  agreementRef: 'Agreement',
  text: 'Original text',
  lang: 'Language',
  translation: 'English translation',
  'terms.quantity.value': 'Quantity',
  'terms.quantity.unit': 'Unit',
  'terms.money.amount': 'Amount',
  'terms.money.currency': 'Currency',
  'terms.money.eurPerUnit': 'Exchange rate to EUR',
  'terms.money.rateDate': 'Rate date',
  'terms.startDate': 'Start date',
  'terms.endDate': 'End date',
  'terms.durationMonths': 'Duration in months',
  'terms.responseTimeHours': 'Response time in hours',
  'trigger.kind': 'Trigger',
  'trigger.severity': 'Least severity that fires it',
  legalForm: 'Legal form',
  status: 'Status',
  classification: 'Classification',
  completion: 'Completion',
  completionEvidence: 'Evidence of completion',
  illustrative: 'Illustrative record',
  note: 'Note',
  changeNote: 'Note on this change',
};

export function labelForPath(path: string): string {
  const m = /^(conditions|sources)\.(\d+)\.(\w+)$/.exec(path);
  if (m) {
    const n = Number(m[2]) + 1;
    const field =
      {
        kind: 'kind',
        text: 'text',
        satisfied: 'satisfied',
        title: 'title',
        url: 'web address',
        publishedOn: 'date',
      }[m[3]!] ?? m[3];
    return `${m[1] === 'conditions' ? 'Condition' : 'Source'} ${n} ${field}`;
  }
  return LABELS[path] ?? path.replace(/^terms\./, 'Terms ');
}
