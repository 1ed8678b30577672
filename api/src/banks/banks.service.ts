import { Inject, Injectable } from '@nestjs/common';
import { isOneOf, LENDER_KINDS, type Bank, type BankKey, type BankKeyCreated, type BankKeyInput } from '@qorgau/shared';
import { AuditService } from '../audit/audit.service';
import { editVersioned } from '../audit/versioned-edit';
import type { Actor } from '../common/actor';
import { idFilter } from '../common/list-filter';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import { ValidationException } from '../common/validation.exception';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { CHANGE_CHANNELS, ChangeNotifications } from '../database/change-notifications';
import { BankCredentials } from './bank-credentials.service';
import { BANK_SORT_FIELDS, BanksRepository, type BankFields, type BankFilter, type BankKeyRecord, type BankRecord } from './banks.repository';
import { BankException } from './banks.exception';
import { generateApiKey, keyExpiryProblem } from './banks.rules';
import type { CreateBankDto, UpdateBankDto } from './dto/bank-input.dto';

@Injectable()
export class BanksService {
  constructor(
    private readonly banks: BanksRepository,
    private readonly credentials: BankCredentials,
    private readonly audit: AuditService,
    private readonly notifications: ChangeNotifications,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  async list(rawQuery: RawListQuery): Promise<{ banks: Bank[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: BANK_SORT_FIELDS, defaultSort: ['name', 'ASC'] });
    const [banks, total] = await this.banks.list(query, parseBankFilter(query.filter));
    return { banks: banks.map(toView), total, offset: query.offset };
  }

  async get(id: string): Promise<Bank> {
    return toView(await this.findOrFail(id));
  }

  /** `actor` null: the system itself (the demo seed). */
  async create(input: CreateBankDto, actor: Actor | null): Promise<Bank> {
    const fields: BankFields = {
      bin: input.bin,
      name: input.name,
      kind: input.kind,
      licence: input.licence ?? null,
      active: input.active ?? true,
      rateLimitPerSecond: input.rateLimitPerSecond ?? this.config.banks.defaultRateLimitPerSecond,
    };
    return this.banks.transaction(async (manager) => {
      const existing = await this.banks.findByBin(manager, fields.bin);
      if (existing) throw BankException.duplicateBin(fields.bin, existing.name);
      const bank = await this.banks.insert(manager, fields);
      await this.audit.append(manager, { actor, action: 'bank.created', entityType: 'bank', entityId: bank.id, before: null, after: fields });
      return toView(bank);
    });
  }

  /** Optimistic locking: the version sent must be the current one. Read-only fields are ignored. */
  async update(id: string, input: UpdateBankDto, actor: Actor): Promise<Bank> {
    const merge = (current: BankRecord): BankFields => ({
      bin: input.bin ?? current.bin,
      name: input.name ?? current.name,
      kind: input.kind ?? current.kind,
      licence: input.licence === undefined ? current.licence : input.licence,
      active: input.active ?? current.active,
      rateLimitPerSecond: input.rateLimitPerSecond ?? current.rateLimitPerSecond,
    });
    const bank = await editVersioned(
      { what: 'lender', id, version: input.version, records: this.banks, merge, fieldsOf },
      async ({ manager, current, before, after }) => {
        if (after.bin !== current.bin) {
          const holder = await this.banks.findByBin(manager, after.bin);
          if (holder) throw BankException.duplicateBin(after.bin, holder.name);
        }
        const updated = await this.banks.update(manager, id, after);
        await this.audit.append(manager, { actor, action: 'bank.updated', entityType: 'bank', entityId: id, before, after });
        await this.notifications.announce(manager, CHANGE_CHANNELS.bankCredentials);
        return updated;
      },
      ({ current }) => current,
    );
    // A deactivation or a new rate limit counts at once here, and in other processes once they hear of it.
    this.credentials.forgetAll();
    return toView(bank);
  }

  /** A new key, returned this once: only its hash and prefix are kept. */
  async createKey(bankId: string, input: BankKeyInput, actor: Actor | null): Promise<BankKeyCreated> {
    if (!isUuid(bankId)) throw new NotFoundProblem('lender', bankId);
    const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
    const expiryProblem = expiresAt && keyExpiryProblem(expiresAt, new Date());
    if (expiryProblem) throw new ValidationException({ expiresAt: expiryProblem });
    const { key, prefix, hash } = generateApiKey();
    return this.banks.transaction(async (manager) => {
      if (!(await this.banks.findByIdForUpdate(manager, bankId))) throw new NotFoundProblem('lender', bankId);
      const record = await this.banks.insertKey(manager, bankId, prefix, hash, expiresAt);
      const view = toKeyView(record);
      await this.audit.append(manager, {
        actor,
        action: 'bank-key.created',
        entityType: 'bank',
        entityId: bankId,
        before: null,
        after: { keyId: record.id, prefix, expiresAt: view.expiresAt },
      });
      return { id: record.id, key, expiresAt: view.expiresAt };
    });
  }

  async listKeys(bankId: string): Promise<BankKey[]> {
    await this.findOrFail(bankId);
    return (await this.banks.findKeys(bankId)).map(toKeyView);
  }

  /** Revokes a key (again: a no-op) and returns it. Effective here at once, in other processes once they hear of it (within 5 s at worst). */
  async revokeKey(bankId: string, keyId: string, actor: Actor): Promise<BankKey> {
    if (!isUuid(bankId) || !isUuid(keyId)) throw new NotFoundProblem('key', keyId);
    const key = await this.banks.transaction(async (manager) => {
      const current = await this.banks.findKeyForUpdate(manager, bankId, keyId);
      if (!current) throw new NotFoundProblem('key', keyId);
      if (current.revokedAt) return current;
      const revoked = await this.banks.revokeKey(manager, keyId);
      await this.audit.append(manager, {
        actor,
        action: 'bank-key.revoked',
        entityType: 'bank',
        entityId: bankId,
        before: { keyId, prefix: current.prefix, revokedAt: null },
        after: { keyId, prefix: current.prefix, revokedAt: revoked.revokedAt!.toISOString() },
      });
      await this.notifications.announce(manager, CHANGE_CHANNELS.bankCredentials);
      return revoked;
    });
    this.credentials.forgetAll();
    return toKeyView(key);
  }

  private async findOrFail(id: string): Promise<BankRecord> {
    const bank = isUuid(id) ? await this.banks.findById(id) : null;
    if (!bank) throw new NotFoundProblem('lender', id);
    return bank;
  }
}

function fieldsOf(bank: BankFields): BankFields {
  const { bin, name, kind, licence, active, rateLimitPerSecond } = bank;
  return { bin, name, kind, licence, active, rateLimitPerSecond };
}

function parseBankFilter(filter: Record<string, unknown>): BankFilter {
  const parsed: BankFilter = {};
  const errors: Record<string, string> = {};
  if (typeof filter.q === 'string' && filter.q.trim() !== '') parsed.q = filter.q.trim();
  if (filter.kind !== undefined && filter.kind !== '') {
    if (isOneOf(LENDER_KINDS, filter.kind)) parsed.kind = filter.kind;
    else errors['filter.kind'] = `must be one of: ${LENDER_KINDS.join(', ')}`;
  }
  if (filter.active !== undefined && filter.active !== '') {
    if (typeof filter.active === 'boolean') parsed.active = filter.active;
    else errors['filter.active'] = 'must be true or false';
  }
  parsed.ids = idFilter(filter, 'id');
  if (Object.keys(errors).length > 0) throw new ValidationException(errors);
  return parsed;
}

function toView(bank: BankRecord): Bank {
  return {
    id: bank.id,
    bin: bank.bin,
    name: bank.name,
    kind: bank.kind,
    licence: bank.licence,
    active: bank.active,
    rateLimitPerSecond: bank.rateLimitPerSecond,
    createdAt: bank.createdAt.toISOString(),
    updatedAt: bank.updatedAt.toISOString(),
    version: bank.version,
  };
}

function toKeyView(key: BankKeyRecord): BankKey {
  return {
    id: key.id,
    prefix: key.prefix,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    expiresAt: key.expiresAt?.toISOString() ?? null,
  };
}
