/**
 * The national offers: one row an offer, with its unit's APP-6 symbol, readiness, notice-to-move,
 * availability, rotation and caveats; filterable by nation and capability (in the URL). Users
 * who may offer for a nation get the "Offer a unit" form.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Capability, ForceGenScenario, Offer } from '../../../contracts/forcegen';
import { type ScenarioInfo, submitOffer } from '../../api/forcegen';
import { type Column, DataTable } from '../../components/data-table';
import { fmtNumber, plural } from '../../components/format';
import { CAPABILITY_LABELS, quantityInWords } from './labels';
import { OfferForm } from './offer-form';
import {
  CaveatChips,
  capabilityFilter,
  days,
  type Names,
  ReadinessTag,
  TabFilters,
  windowInWords,
} from './parts';
import { UnitSymbol } from './unit-symbol';

export function OffersTab({
  view,
  names,
  arrived,
  onOffered,
}: {
  view: ScenarioInfo;
  names: Names;
  /** Offers that arrived while the page was open, marked in the table. */
  arrived: ReadonlySet<string>;
  onOffered: () => void;
}) {
  const scenario: ForceGenScenario = view.scenario;
  const [params] = useSearchParams();
  const nation = params.get('nation') ?? '';
  const capability = params.get('capability') ?? '';
  const [saved, setSaved] = useState<{ id: string; version: number } | null>(null);
  const offerNations = view.permissions.offerNations;

  const rows = scenario.offers.filter(
    (o) => (!nation || o.nation === nation) && (!capability || o.capability === capability),
  );
  // newest arrivals first, then the scenario's order
  const sorted = arrived.size
    ? [...rows.filter((o) => arrived.has(o.id)).reverse(), ...rows.filter((o) => !arrived.has(o.id))]
    : rows;

  const columns: Column<Offer>[] = [
    {
      key: 'nation',
      header: 'Nation',
      cell: (o) => <abbr title={o.nation}>{names.nation(o.nation)}</abbr>,
    },
    {
      key: 'unit',
      header: 'Unit',
      cell: (o) => (
        <span className="fg-unit">
          <UnitSymbol capability={o.capability} />
          <span>
            {o.unit}
            {arrived.has(o.id) ? (
              <>
                {' '}
                <strong className="tag tag--blue">New</strong>
              </>
            ) : null}
            <span className="fg-unit__id">{o.id}</span>
          </span>
        </span>
      ),
    },
    { key: 'capability', header: 'Capability', cell: (o) => CAPABILITY_LABELS[o.capability] },
    {
      key: 'quantity',
      header: 'Quantity',
      numeric: true,
      cell: (o) => (
        <>
          {quantityInWords(o.capability, o.quantity, false)}
          {o.personnelPerUnit ? (
            <span className="fg-unit__id">{fmtNumber(o.personnelPerUnit)} personnel each</span>
          ) : null}
        </>
      ),
    },
    { key: 'readiness', header: 'Readiness', cell: (o) => <ReadinessTag readiness={o.readiness} /> },
    { key: 'ntm', header: 'Notice-to-move', numeric: true, cell: (o) => days(o.noticeToMoveDays) },
    {
      key: 'window',
      header: 'Availability',
      cell: (o) => windowInWords(o.availableFromDay, o.availableUntilDay),
    },
    {
      key: 'rotation',
      header: 'Rotation',
      numeric: true,
      cell: (o) => (o.rotationLengthDays ? days(o.rotationLengthDays) : <span className="muted">–</span>),
    },
    { key: 'caveats', header: 'Caveats', cell: (o) => <CaveatChips caveats={o.caveats} names={names} /> },
  ];

  const nationsWithOffers = new Set(scenario.offers.map((o) => o.nation));
  const words = [
    nation ? names.nation(nation) : null,
    capability ? CAPABILITY_LABELS[capability as Capability] : null,
  ].filter(Boolean);

  return (
    <>
      {offerNations.length > 0 ? (
        <section aria-labelledby="h-offer-form">
          <details className="fg-offer-details" open={params.get('offer') === 'new' || undefined}>
            <summary>
              <h2 className="heading-m" id="h-offer-form" style={{ display: 'inline' }}>
                Offer a unit
              </h2>
            </summary>
            {saved ? (
              <div className="notice notice--success" role="status">
                <p className="notice__title">
                  Offer {saved.id} received: the scenario is now at version {fmtNumber(saved.version)}.
                </p>
                <p>Everyone following the conference sees it now. You can offer another unit below.</p>
              </div>
            ) : null}
            <OfferForm
              idPrefix="offer"
              scenario={scenario}
              nations={offerNations}
              submitLabel="Send the offer"
              intro={
                <p className="section-lead">
                  The offer joins the statement of offers as a new version of the scenario; the planners solve
                  again to place it.
                </p>
              }
              onSubmit={async (offer, note) => {
                setSaved(null);
                const s = await submitOffer(view.id, { offer, ...(note ? { note } : {}) });
                setSaved({ id: offer.id, version: s.version });
                onOffered();
              }}
            />
          </details>
        </section>
      ) : null}

      <section aria-labelledby="h-offers">
        <h2 className="heading-m" id="h-offers">
          National offers
        </h2>
        <TabFilters
          idPrefix="off"
          filters={[
            {
              name: 'nation',
              label: 'Nation',
              value: nation,
              all: 'All nations',
              options: scenario.nations
                .filter((n) => nationsWithOffers.has(n.id) || n.id === nation)
                .map((n) => ({ value: n.id, label: n.name || n.id }))
                .sort((a, b) => a.label.localeCompare(b.label)),
            },
            capabilityFilter(capability),
          ]}
        />
        <p className="fg-count">
          {plural(rows.length, 'offer')} of {fmtNumber(scenario.offers.length)}
          {words.length ? ` (${words.join(', ')})` : ''}. Symbols after APP-6: the frame says friendly land,
          sea or air unit, the icon its function.
        </p>
        <DataTable
          caption={`National offers${words.length ? `: ${words.join(', ')}` : ''}`}
          captionHidden
          columns={columns}
          rows={sorted}
          rowKey={(o) => o.id}
          empty="No offer matches these filters."
        />
      </section>
    </>
  );
}
