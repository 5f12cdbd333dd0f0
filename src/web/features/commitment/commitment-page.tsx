/**
 * One commitment: what was promised, in the original words and in structured terms; its trigger,
 * conditions, legal form, sources and completion; and tabs (`?tab=`) for its history and audit.
 */
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { getCommitment } from '../../api/endpoints';
import { useSession } from '../../api/session';
import { usePartyName } from '../../api/use-parties';
import { useResource } from '../../api/use-resource';
import { fmtDate, fmtDateTime, languageName } from '../../components/format';
import {
  CLASSIFICATION_HINTS,
  CLASSIFICATION_LABELS,
  COMPLETION_LABELS,
  KIND_LABELS,
  LEGAL_FORM_LABELS,
  labelOf,
  PILLAR_LONG,
} from '../../components/labels';
import { ButtonLink, ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { SummaryList } from '../../components/summary-list';
import { Tabs } from '../../components/tabs';
import { ConcretenessTag, IllustrativeBadge, StatusTag } from '../../components/tags';
import {
  AnalysisNotes,
  FindingsList,
  HedgeList,
  MissingList,
  Verdict,
} from '../concreteness/analysis-summary';
import { HighlightedText, HighlightLegend, kindsIn } from '../concreteness/highlighted-text';
import { registerHref } from '../register/last-view';
import { AuditTab, HistoryTab } from './history';
import { TermsInWords, TriggerAndConditions } from './terms';

const TABS = [
  { id: 'history', label: 'History' },
  { id: 'audit', label: 'Audit trail' },
];

export default function CommitmentPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const saved = (location.state as { saved?: number } | null)?.saved;
  const sessionKey = user?.id ?? '';
  const res = useResource(user === undefined ? null : `c:${sessionKey}:${id}`, (s) => getCommitment(id, s));
  const c = res.data;
  const partyName = usePartyName(user !== undefined);
  usePageTitle(c ? `${c.ref}: ${c.title}` : 'Commitment');
  const tab = params.get('tab') === 'audit' ? 'audit' : 'history';

  if (res.error) {
    return (
      <>
        <BackLink />
        <ErrorMessage error={res.error} retry={res.reload} page />
      </>
    );
  }
  if (!c) return <Loading what="Loading the commitment" />;

  return (
    <>
      <BackLink />
      {saved ? (
        <div className="notice notice--success" role="status">
          <p className="notice__title">Saved as version {saved}.</p>
        </div>
      ) : null}
      {c.illustrative ? (
        <div className="banner banner--illustrative" role="note">
          <strong>Illustrative record — not a public fact.</strong> It was invented for the demo, to show what
          the register can hold.
        </div>
      ) : null}
      <div className="page-head">
        <div>
          <span className="caption">{c.ref}</span>
          <h1 className="heading-l">{c.title}</h1>
        </div>
        {c.permissions?.canEdit ? (
          <ButtonLink to={`/commitments/${encodeURIComponent(c.id)}/edit`}>Edit</ButtonLink>
        ) : null}
      </div>
      <p className="tag-line">
        <StatusTag status={c.status} />{' '}
        <strong className="tag tag--outline">{labelOf(CLASSIFICATION_LABELS, c.classification)}</strong>{' '}
        <ConcretenessTag concreteness={c.concreteness} />
        {c.illustrative ? (
          <>
            {' '}
            <IllustrativeBadge />
          </>
        ) : null}
      </p>

      <SummaryList
        rows={[
          ['Guarantor', `${c.guarantorName} (${c.guarantor})`],
          ['Beneficiary', partyName(c.beneficiary)],
          ['Pillar', labelOf(PILLAR_LONG, c.pillar)],
          ['Kind', labelOf(KIND_LABELS, c.kind)],
          ['Status', <StatusTag key="s" status={c.status} />],
          [
            'Classification',
            `${labelOf(CLASSIFICATION_LABELS, c.classification)}: ${labelOf(CLASSIFICATION_HINTS, c.classification)}`,
          ],
          [
            'Announced on',
            c.announcedOn ? (
              fmtDate(c.announcedOn)
            ) : (
              <span className="muted" key="a">
                Not recorded
              </span>
            ),
          ],
          ...(c.agreementRef ? ([['Agreement', c.agreementRef]] as [string, string][]) : []),
          ['Version', `${c.version}, last changed ${fmtDateTime(c.updatedAt)}`],
        ]}
      />

      <section aria-labelledby="h-text">
        <h2 className="heading-m" id="h-text">
          The text
        </h2>
        <p className="hint">
          Original, in {languageName(c.lang)}
          {c.analysis ? '. The marks show what the concreteness analysis found in it.' : ''}
        </p>
        {c.analysis ? (
          <>
            <HighlightLegend kinds={kindsIn(c.analysis)} />
            <HighlightedText text={c.text} analysis={c.analysis} lang={c.lang} />
          </>
        ) : (
          <blockquote className="quote" lang={c.lang}>
            {c.text}
          </blockquote>
        )}
        {c.translation ? (
          <>
            <p className="hint">English translation</p>
            <blockquote className="quote quote--translation" lang="en">
              {c.translation}
            </blockquote>
          </>
        ) : null}
      </section>

      <section aria-labelledby="h-concrete">
        <h2 className="heading-m" id="h-concrete">
          How concrete it is
        </h2>
        {c.analysis ? (
          <>
            <Verdict analysis={c.analysis} />
            <MissingList analysis={c.analysis} />
            <HedgeList analysis={c.analysis} showNone />
            <AnalysisNotes analysis={c.analysis} />
            <h3 className="heading-s">What the analysis found</h3>
            <FindingsList analysis={c.analysis} />
          </>
        ) : (
          <p className="muted">This text has not been analysed yet.</p>
        )}
      </section>

      <section aria-labelledby="h-terms">
        <h2 className="heading-m" id="h-terms">
          Terms
        </h2>
        <TermsInWords c={c} />
      </section>

      <section aria-labelledby="h-trigger">
        <h2 className="heading-m" id="h-trigger">
          Trigger and conditions
        </h2>
        <TriggerAndConditions c={c} />
      </section>

      <section aria-labelledby="h-legal">
        <h2 className="heading-m" id="h-legal">
          Legal form and completion
        </h2>
        <SummaryList
          rows={[
            ['Legal form', labelOf(LEGAL_FORM_LABELS, c.legalForm)],
            ['Completion', labelOf(COMPLETION_LABELS, c.completion)],
            [
              'Evidence',
              c.completionEvidence ? (
                c.completionEvidence
              ) : (
                <span className="muted" key="e">
                  None recorded
                </span>
              ),
            ],
          ]}
        />
      </section>

      <section aria-labelledby="h-sources">
        <h2 className="heading-m" id="h-sources">
          Sources
        </h2>
        {c.sources.length === 0 ? (
          <p className="muted">No sources recorded.</p>
        ) : (
          <ul className="list sources">
            {c.sources.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sources are an ordered list without ids
              <li key={i}>
                {s.url ? (
                  <a href={s.url} rel="noopener noreferrer external">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
                {s.publishedOn ? <span className="muted"> – {fmtDate(s.publishedOn)}</span> : null}
              </li>
            ))}
          </ul>
        )}
        {c.note ? (
          <>
            <h3 className="heading-s">Note</h3>
            <p className="prewrap">{c.note}</p>
          </>
        ) : null}
      </section>

      <Tabs
        label="Record of changes"
        tabs={TABS}
        selected={tab}
        onSelect={(t) => {
          const p = new URLSearchParams(params);
          if (t === 'history') p.delete('tab');
          else p.set('tab', t);
          setParams(p, { replace: true, preventScrollReset: true });
        }}
      >
        {tab === 'audit' ? (
          <AuditTab id={c.id} sessionKey={sessionKey} />
        ) : (
          <HistoryTab id={c.id} sessionKey={sessionKey} />
        )}
      </Tabs>
    </>
  );
}

function BackLink() {
  return (
    <Link to={registerHref()} className="back-link">
      Back to the register
    </Link>
  );
}
