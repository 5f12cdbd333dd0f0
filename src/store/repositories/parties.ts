import type { PartyRecord, PartyRepo, RateRecord, RateRepo } from '../../core/ports';
import type { Queryable } from '../db';

interface PartyRow {
  code: string;
  name: string;
  kind: 'state' | 'organisation';
  gdp_eur: number | null;
  gdp_year: number | null;
  gdp_source: string | null;
  invited: boolean;
  illustrative: boolean;
}
const toParty = (r: PartyRow): PartyRecord => ({
  code: r.code,
  name: r.name,
  kind: r.kind,
  gdpEur: r.gdp_eur,
  gdpYear: r.gdp_year,
  gdpSource: r.gdp_source,
  invited: r.invited,
  illustrative: r.illustrative,
});

export function partyRepo(db: Queryable): PartyRepo {
  return {
    async get(code) {
      const [r] = await db.query<PartyRow>('SELECT * FROM party WHERE code = $1', [code]);
      return r ? toParty(r) : null;
    },
    async getMany(codes) {
      const rows = await db.query<PartyRow>('SELECT * FROM party WHERE code = ANY($1::text[])', [codes]);
      return new Map(rows.map((r) => [r.code, toParty(r)]));
    },
    async list() {
      return (await db.query<PartyRow>('SELECT * FROM party ORDER BY name')).map(toParty);
    },
    async upsert(p) {
      await db.query(
        `INSERT INTO party (code, name, kind, gdp_eur, gdp_year, gdp_source, invited, illustrative)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, gdp_eur = EXCLUDED.gdp_eur,
           gdp_year = EXCLUDED.gdp_year, gdp_source = EXCLUDED.gdp_source, invited = EXCLUDED.invited,
           illustrative = EXCLUDED.illustrative`,
        [p.code, p.name, p.kind, p.gdpEur, p.gdpYear, p.gdpSource, p.invited, p.illustrative],
      );
    },
  };
}

export function rateRepo(db: Queryable): RateRepo {
  return {
    async find(currency, year) {
      // the year's rate, else the nearest earlier year, else the nearest later one
      const [r] = await db.query<{
        currency: string;
        year: number;
        eur_per_unit: number;
        rate_date: string;
        source: string;
      }>(
        `SELECT * FROM exchange_rate WHERE currency = $1
         ORDER BY (year > $2), abs(year - $2) LIMIT 1`,
        [currency, year],
      );
      return r
        ? {
            currency: r.currency,
            year: r.year,
            eurPerUnit: r.eur_per_unit,
            rateDate: r.rate_date,
            source: r.source,
          }
        : null;
    },
    async upsert(r: RateRecord) {
      await db.query(
        `INSERT INTO exchange_rate (currency, year, eur_per_unit, rate_date, source) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (currency, year) DO UPDATE SET eur_per_unit = EXCLUDED.eur_per_unit, rate_date = EXCLUDED.rate_date, source = EXCLUDED.source`,
        [r.currency, r.year, r.eurPerUnit, r.rateDate, r.source],
      );
    },
  };
}
