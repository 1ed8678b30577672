import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { COMPANY_SECTORS, isOneOf, type Company, type CompanySector } from '@qorgau/shared';
import { AuditService } from '../audit/audit.service';
import { editVersioned } from '../audit/versioned-edit';
import type { Actor } from '../common/actor';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import { ValidationException } from '../common/validation.exception';
import { COMPANY_SORT_FIELDS, CompaniesRepository, type CompanyFilter, type CompanyWithFigures } from './companies.repository';
import { CompanyRecord } from './company.entity';
import { CompanyException } from './company.exception';
import type { CreateCompanyDto, UpdateCompanyDto } from './dto/company-input.dto';

/** The fields a regulator edits: what the audit trail records of a company. */
type CompanyFields = Pick<CompanyRecord, 'bin' | 'name' | 'sector' | 'website' | 'contactName' | 'contactEmail' | 'contactPhone'>;

@Injectable()
export class CompaniesService {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(rawQuery: RawListQuery): Promise<{ companies: Company[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: COMPANY_SORT_FIELDS, defaultSort: ['name', 'ASC'] });
    const [companies, total] = await this.companies.list(query, parseCompanyFilter(query.filter));
    return { companies: companies.map(toView), total, offset: query.offset };
  }

  async get(id: string): Promise<Company> {
    const company = isUuid(id) ? await this.companies.findWithFigures(id) : null;
    if (!company) throw new NotFoundProblem('company', id);
    return toView(company);
  }

  async create(input: CreateCompanyDto, actor: Actor): Promise<Company> {
    const fields: CompanyFields = {
      bin: input.bin,
      name: input.name,
      sector: input.sector,
      website: input.website ?? null,
      contactName: input.contactName ?? null,
      contactEmail: input.contactEmail ?? null,
      contactPhone: input.contactPhone ?? null,
    };
    return this.companies.transaction(async (manager) => {
      const existing = await this.companies.findByBin(manager, fields.bin);
      if (existing) throw CompanyException.duplicateBin(fields.bin, existing.name);
      const company = await this.companies.insert(manager, fields);
      await this.audit.append(manager, { actor, action: 'company.created', entityType: 'company', entityId: company.id, before: null, after: fields });
      return toView((await this.companies.findWithFigures(company.id, manager))!);
    });
  }

  /** Optimistic locking: the version sent must be the current one. Read-only fields are ignored. */
  async update(id: string, input: UpdateCompanyDto, actor: Actor): Promise<Company> {
    const merge = (current: CompanyRecord): CompanyFields => ({
      bin: input.bin ?? current.bin,
      name: input.name ?? current.name,
      sector: input.sector ?? current.sector,
      website: input.website === undefined ? current.website : input.website,
      contactName: input.contactName === undefined ? current.contactName : input.contactName,
      contactEmail: input.contactEmail === undefined ? current.contactEmail : input.contactEmail,
      contactPhone: input.contactPhone === undefined ? current.contactPhone : input.contactPhone,
    });
    const view = async (manager: EntityManager): Promise<Company> => toView((await this.companies.findWithFigures(id, manager))!);
    return editVersioned(
      { what: 'company', id, version: input.version, records: this.companies, merge, fieldsOf },
      async ({ manager, current, before, after }) => {
        if (after.bin !== current.bin) {
          const holder = await this.companies.findByBin(manager, after.bin);
          if (holder) throw CompanyException.duplicateBin(after.bin, holder.name);
        }
        await this.companies.update(manager, id, { ...after, version: current.version + 1 });
        await this.audit.append(manager, { actor, action: 'company.updated', entityType: 'company', entityId: id, before, after });
        return view(manager);
      },
      ({ manager }) => view(manager),
    );
  }

  /** Only a company with no breaches recorded against it can be deleted. Returns it as it was. */
  async delete(id: string, actor: Actor): Promise<Company> {
    if (!isUuid(id)) throw new NotFoundProblem('company', id);
    return this.companies.transaction(async (manager) => {
      const current = await this.companies.findByIdForUpdate(manager, id);
      if (!current) throw new NotFoundProblem('company', id);
      const breaches = await this.companies.countBreaches(manager, id);
      if (breaches > 0) throw CompanyException.hasBreaches(breaches);
      const view = toView((await this.companies.findWithFigures(id, manager))!);
      await this.companies.delete(manager, id);
      await this.audit.append(manager, { actor, action: 'company.deleted', entityType: 'company', entityId: id, before: fieldsOf(current), after: null });
      return view;
    });
  }
}

function fieldsOf(company: CompanyFields): CompanyFields {
  const { bin, name, sector, website, contactName, contactEmail, contactPhone } = company;
  return { bin, name, sector, website, contactName, contactEmail, contactPhone };
}

function parseCompanyFilter(filter: Record<string, unknown>): CompanyFilter {
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

export function toView(company: CompanyWithFigures): Company {
  return {
    id: company.id,
    bin: company.bin,
    name: company.name,
    sector: company.sector,
    website: company.website,
    contactName: company.contactName,
    contactEmail: company.contactEmail,
    contactPhone: company.contactPhone,
    createdAt: company.createdAt.toISOString(),
    updatedAt: company.updatedAt.toISOString(),
    version: company.version,
    breachCount: company.breachCount,
    peopleExposed: company.peopleExposed,
    lateReports: company.lateReports,
  };
}
