import { Injectable } from '@nestjs/common';
import { validateBin, type PublicBreachListItem, type PublicCompany, type PublicStats } from '@qorgau/shared';
import { parseListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import { ValidationException } from '../common/validation.exception';
import { toPublicBreach, toPublicBreachListItem } from './public-breach.view';
import { PublicRepository } from './public.repository';
import { lateShare, monthOf, monthSeries, toCsv, type CsvCell } from './public.rules';

export const SEARCH_MAX_LENGTH = 200;

/** The open-data CSV's columns: the public fields, the company flattened, data classes joined by `;`. */
const CSV_COLUMNS: readonly [string, (breach: PublicBreachListItem) => CsvCell][] = [
  ['id', (b) => b.id],
  ['title', (b) => b.title],
  ['description', (b) => b.description],
  ['companyId', (b) => b.companyId],
  ['companyBin', (b) => b.company.bin],
  ['companyName', (b) => b.company.name],
  ['companySector', (b) => b.company.sector],
  ['status', (b) => b.status],
  ['occurredAt', (b) => b.occurredAt],
  ['discoveredAt', (b) => b.discoveredAt],
  ['reportedAt', (b) => b.reportedAt],
  ['reportingDelayHours', (b) => b.reportingDelayHours],
  ['reportedLate', (b) => b.reportedLate],
  ['dataClasses', (b) => b.dataClasses.join(';')],
  ['recordsClaimed', (b) => b.recordsClaimed],
  ['exposureCount', (b) => b.exposureCount],
];

/**
 * The public wall (SPEC §3.5, §3.6, §5.4): published, non-sensitive, confirmed or closed breaches,
 * their companies and aggregate figures. Nothing here reads an identifier or a restricted count.
 */
@Injectable()
export class PublicService {
  constructor(private readonly repository: PublicRepository) {}

  async listBreaches(query: { range?: string; q?: string }): Promise<{ breaches: PublicBreachListItem[]; total: number; offset: number }> {
    const { offset, limit } = parseListQuery({ range: query.range }, { sortable: ['reportedAt'], defaultSort: ['reportedAt', 'DESC'] });
    const q = query.q?.trim();
    if (q && q.length > SEARCH_MAX_LENGTH) throw new ValidationException({ q: `must be at most ${SEARCH_MAX_LENGTH} characters` });
    const [rows, total] = await this.repository.listBreaches({ offset, limit }, q || undefined);
    return { breaches: rows.map(toPublicBreachListItem), total, offset };
  }

  async getBreach(id: string): Promise<PublicBreachListItem> {
    const row = isUuid(id) ? await this.repository.findBreach(id) : null;
    if (!row) throw new NotFoundProblem('public breach', id);
    return toPublicBreachListItem(row);
  }

  /** 404 for an unknown company and for one without public breaches alike: the wall shows none of it. */
  async getCompany(bin: string): Promise<PublicCompany> {
    const checked = validateBin(bin);
    if (!checked.valid) throw new ValidationException({ bin: checked.reason });
    const company = await this.repository.findCompanyByBin(checked.value);
    const breaches = company ? await this.repository.breachesOfCompany(company.id) : [];
    if (!company || breaches.length === 0) throw new NotFoundProblem('company with public breaches and BIN', checked.value);
    return {
      bin: company.bin,
      name: company.name,
      sector: company.sector,
      website: company.website,
      breachCount: breaches.length,
      peopleExposed: breaches.reduce((sum, breach) => sum + breach.exposureCount, 0),
      lateReports: breaches.filter((breach) => breach.reportedLate).length,
      breaches: breaches.map(toPublicBreach),
    };
  }

  async stats(now = new Date()): Promise<PublicStats> {
    const [totals, perMonth, perSector] = await Promise.all([this.repository.totals(), this.repository.breachesPerMonth(), this.repository.perSector()]);
    const lastMonth = [monthOf(now), ...perMonth.keys()].sort().at(-1)!;
    return {
      totals: { breaches: totals.breaches, companies: totals.companies, peopleExposed: totals.peopleExposed, lateReports: totals.lateReports },
      breachesPerMonth: totals.firstReportedAt ? monthSeries(perMonth, monthOf(totals.firstReportedAt), lastMonth) : [],
      peopleExposedPerSector: perSector,
      lateReportShare: lateShare(totals.lateReports, totals.breaches),
    };
  }

  async openDataJson(): Promise<PublicBreachListItem[]> {
    return (await this.repository.allBreaches()).map(toPublicBreachListItem);
  }

  async openDataCsv(): Promise<string> {
    const breaches = await this.openDataJson();
    return toCsv(
      CSV_COLUMNS.map(([name]) => name),
      breaches.map((breach) => CSV_COLUMNS.map(([, value]) => value(breach))),
    );
  }
}
