import { COMPANY_SECTORS, isOneOf, type CompanySector } from '@qorgau/shared';
import { isUuid } from '../common/query-helpers';
import { ValidationException } from '../common/validation.exception';
import type { CompanyFilter } from './companies.repository';
import type { CompanyRecord } from './company.entity';
import type { CreateCompanyDto, UpdateCompanyDto } from './dto/company-input.dto';

/** The fields a regulator edits: what the audit trail records of a company. */
export type CompanyFields = Pick<CompanyRecord, 'bin' | 'name' | 'sector' | 'website' | 'contactName' | 'contactEmail' | 'contactPhone'>;

/** The edited fields of a company, without the rest of its record. */
export function companyFields(company: CompanyFields): CompanyFields {
  const { bin, name, sector, website, contactName, contactEmail, contactPhone } = company;
  return { bin, name, sector, website, contactName, contactEmail, contactPhone };
}

/** A new company: optional fields left out are empty. */
export function newCompanyFields(input: CreateCompanyDto): CompanyFields {
  return {
    bin: input.bin,
    name: input.name,
    sector: input.sector,
    website: input.website ?? null,
    contactName: input.contactName ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
  };
}

/** An edit: a field left out keeps its value, `null` clears an optional one. */
export function updatedCompanyFields(current: CompanyFields, input: UpdateCompanyDto): CompanyFields {
  return {
    bin: input.bin ?? current.bin,
    name: input.name ?? current.name,
    sector: input.sector ?? current.sector,
    website: input.website === undefined ? current.website : input.website,
    contactName: input.contactName === undefined ? current.contactName : input.contactName,
    contactEmail: input.contactEmail === undefined ? current.contactEmail : input.contactEmail,
    contactPhone: input.contactPhone === undefined ? current.contactPhone : input.contactPhone,
  };
}

/** filter {q, sector (one or a list), id (a list, for getMany)}; a malformed id matches nothing. */
export function parseCompanyFilter(filter: Record<string, unknown>): CompanyFilter {
  const parsed: CompanyFilter = {};
  const errors: Record<string, string> = {};
  if (typeof filter.q === 'string' && filter.q.trim() !== '') parsed.q = filter.q.trim();
  if (filter.sector !== undefined && filter.sector !== null && filter.sector !== '') {
    const sectors = Array.isArray(filter.sector) ? filter.sector : [filter.sector];
    const unknown = sectors.filter((sector) => !isOneOf(COMPANY_SECTORS, sector));
    if (unknown.length > 0) errors['filter.sector'] = `unknown sector ${unknown.map((item) => JSON.stringify(item)).join(', ')}`;
    else parsed.sectors = sectors as CompanySector[];
  }
  if (Array.isArray(filter.id) || typeof filter.id === 'string') parsed.ids = [filter.id].flat().filter(isUuid);
  if (Object.keys(errors).length > 0) throw new ValidationException(errors);
  return parsed;
}
