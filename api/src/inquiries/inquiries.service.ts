import { Injectable } from '@nestjs/common';
import { INQUIRY_PURPOSES, isOneOf, type AdminStats, type InquiryView } from '@qorgau/shared';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import { ValidationException } from '../common/validation.exception';
import { INQUIRY_SORT_FIELDS, InquiriesRepository, type InquiryFilter } from './inquiries.repository';
import { InquiryDailyCountsRepository } from './inquiry-daily-counts.repository';

const ROW_ID = /^[1-9][0-9]{0,17}$/;

/** The back office's view of inquiries: who checked, when, why and with what result — never whom. */
@Injectable()
export class InquiriesService {
  constructor(
    private readonly inquiries: InquiriesRepository,
    private readonly dailyCounts: InquiryDailyCountsRepository,
  ) {}

  async list(rawQuery: RawListQuery): Promise<{ inquiries: InquiryView[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: INQUIRY_SORT_FIELDS, defaultSort: ['checkedAt', 'DESC'] });
    const [rows, total] = await this.inquiries.list(query, parseInquiryFilter(query.filter));
    return { inquiries: rows.map(toView), total, offset: query.offset };
  }

  async get(id: string): Promise<InquiryView> {
    const row = ROW_ID.test(id) ? await this.inquiries.findById(id) : null;
    if (!row) throw new NotFoundProblem('inquiry', id);
    return toView(row);
  }

  perBankLast30Days(): Promise<AdminStats['inquiriesPerBank']> {
    return this.dailyCounts.perBankLast30Days();
  }
}

function parseInquiryFilter(filter: Record<string, unknown>): InquiryFilter {
  const parsed: InquiryFilter = {};
  const errors: Record<string, string> = {};
  const present = (value: unknown) => value !== undefined && value !== null && value !== '';
  if (present(filter.bankId)) {
    if (isUuid(filter.bankId)) parsed.bankId = filter.bankId;
    else errors['filter.bankId'] = 'must be a lender id';
  }
  for (const [field, key] of [['checkedAt_gte', 'checkedFrom'], ['checkedAt_lte', 'checkedUntil']] as const) {
    if (!present(filter[field])) continue;
    const time = typeof filter[field] === 'string' ? new Date(filter[field]) : null;
    if (time && !Number.isNaN(time.getTime())) parsed[key] = time;
    else errors[`filter.${field}`] = 'must be a date or an ISO 8601 time';
  }
  if (present(filter.restricted)) {
    if (typeof filter.restricted === 'boolean') parsed.restricted = filter.restricted;
    else errors['filter.restricted'] = 'must be true or false';
  }
  if (present(filter.purpose)) {
    if (isOneOf(INQUIRY_PURPOSES, filter.purpose)) parsed.purpose = filter.purpose;
    else errors['filter.purpose'] = `must be one of: ${INQUIRY_PURPOSES.join(', ')}`;
  }
  if (present(filter.inquiryId)) {
    if (isUuid(filter.inquiryId)) parsed.inquiryId = filter.inquiryId;
    else errors['filter.inquiryId'] = 'must be an inquiry id (a UUID)';
  }
  if (Array.isArray(filter.id) || typeof filter.id === 'string') parsed.ids = [filter.id].flat().filter((id): id is string => typeof id === 'string' && ROW_ID.test(id));
  if (Object.keys(errors).length > 0) throw new ValidationException(errors);
  return parsed;
}

function toView(row: Omit<InquiryView, 'restrictedUntil' | 'checkedAt'> & { restrictedUntil: Date | null; checkedAt: Date }): InquiryView {
  return { ...row, restrictedUntil: row.restrictedUntil?.toISOString() ?? null, checkedAt: row.checkedAt.toISOString() };
}
