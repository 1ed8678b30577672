import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@qorgau/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { ListQuery } from '../common/list-query';
import { escapeLike, idsForInClause } from '../common/query-helpers';
import { RegulatorUser } from './regulator-user.entity';

export type UserSortField = 'email' | 'role' | 'active' | 'createdAt' | 'lastSignInAt';
export const USER_SORT_FIELDS: readonly UserSortField[] = ['email', 'role', 'active', 'createdAt', 'lastSignInAt'];

@Injectable()
export class RegulatorUsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get users() {
    return this.dataSource.getRepository(RegulatorUser);
  }

  findActiveById(id: string): Promise<RegulatorUser | null> {
    return this.users.findOneBy({ id, active: true });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<RegulatorUser | null> {
    return manager.getRepository(RegulatorUser).findOne({ where: { id }, lock: manager.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined });
  }

  /** Locks the active admins' rows for the transaction, so two demotions cannot both pass the last-admin check. */
  async countActiveAdminsLocked(manager: EntityManager): Promise<number> {
    const rows = await manager.query(`SELECT id FROM regulator_users WHERE role = 'admin' AND active FOR UPDATE`);
    return rows.length;
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: Partial<Pick<RegulatorUser, 'role' | 'active' | 'passwordHash' | 'failedSignIns' | 'lockedUntil'>>,
  ): Promise<void> {
    await manager.getRepository(RegulatorUser).update(id, changes);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findByEmailWithPasswordHash(email: string, manager: EntityManager = this.dataSource.manager): Promise<RegulatorUser | null> {
    return byEmailWithPasswordHash(manager, email).getOne();
  }

  /** Runs `work` with the account's row locked, so concurrent sign-ins count failures one by one. */
  withAccountLocked<T>(email: string, work: (user: RegulatorUser | null, manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const user = await byEmailWithPasswordHash(manager, email).setLock('pessimistic_write').getOne();
      return work(user, manager);
    });
  }

  async saveSignInState(manager: EntityManager, id: string, state: Pick<RegulatorUser, 'failedSignIns' | 'lockedUntil'>, signedInAt?: Date): Promise<void> {
    await manager.getRepository(RegulatorUser).update(id, { ...state, ...(signedInAt ? { lastSignInAt: signedInAt } : {}) });
  }

  create(user: { email: string; role: Role; passwordHash: string }, manager: EntityManager = this.dataSource.manager): Promise<RegulatorUser> {
    const users = manager.getRepository(RegulatorUser);
    return users.save(users.create(user));
  }

  async countByRole(): Promise<{ role: Role; active: boolean; count: number }[]> {
    const rows = await this.users
      .createQueryBuilder('user')
      .select('user.role', 'role')
      .addSelect('user.active', 'active')
      .addSelect('count(*)::int', 'count')
      .groupBy('user.role')
      .addGroupBy('user.active')
      .getRawMany<{ role: Role; active: boolean; count: number }>();
    return rows;
  }

  async list(query: ListQuery<UserSortField>): Promise<[RegulatorUser[], number]> {
    const builder = this.users.createQueryBuilder('user');
    const { role, active, q, id } = query.filter;
    if (Array.isArray(id)) builder.andWhere('user.id IN (:...ids)', { ids: idsForInClause(id) });
    if (typeof role === 'string') builder.andWhere('user.role = :role', { role });
    if (typeof active === 'boolean') builder.andWhere('user.active = :active', { active });
    if (typeof q === 'string' && q.trim()) builder.andWhere('user.email ILIKE :q', { q: `%${escapeLike(q.trim())}%` });
    return builder
      .orderBy(`user.${query.sortField}`, query.sortOrder)
      .addOrderBy('user.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
  }
}

/** The account with this e-mail (in any case), its password hash included. */
function byEmailWithPasswordHash(manager: EntityManager, email: string) {
  return manager
    .getRepository(RegulatorUser)
    .createQueryBuilder('user')
    .addSelect('user.passwordHash')
    .where('lower(user.email) = lower(:email)', { email });
}
