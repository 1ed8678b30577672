import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Company } from '@qorgau/shared';
import { AuditService } from '../audit/audit.service';
import { editVersioned } from '../audit/versioned-edit';
import type { Actor } from '../common/actor';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import { COMPANY_SORT_FIELDS, CompaniesRepository, type CompanyWithFigures } from './companies.repository';
import { companyFields, newCompanyFields, parseCompanyFilter, updatedCompanyFields } from './companies.rules';
import type { CompanyRecord } from './company.entity';
import { CompanyException } from './company.exception';
import type { CreateCompanyDto, UpdateCompanyDto } from './dto/company-input.dto';

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
    const fields = newCompanyFields(input);
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
    const merge = (current: CompanyRecord) => updatedCompanyFields(companyFields(current), input);
    const view = async (manager: EntityManager): Promise<Company> => toView((await this.companies.findWithFigures(id, manager))!);
    return editVersioned(
      { what: 'company', id, version: input.version, records: this.companies, merge, fieldsOf: companyFields },
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
      await this.audit.append(manager, { actor, action: 'company.deleted', entityType: 'company', entityId: id, before: companyFields(current), after: null });
      return view;
    });
  }
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
