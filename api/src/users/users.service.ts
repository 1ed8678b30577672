import { Inject, Injectable, Logger } from '@nestjs/common';
import { checkPasswordPolicy, ROLES, type AdminStats, type RegulatorUserView } from '@qorgau/shared';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { hashPassword, verifyPassword } from './password-hasher';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { NotFoundProblem } from '../common/not-found';
import { isUuid } from '../common/query-helpers';
import { ValidationException } from '../common/validation.exception';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { RegulatorUser } from './regulator-user.entity';
import { RegulatorUsersRepository, USER_SORT_FIELDS } from './regulator-users.repository';
import type { CreateUserDto } from './dto/create-user.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import { UsersException } from './users.exception';
import { wouldRemoveLastAdmin } from './users.rules';

export const DEMO_ADMIN_EMAIL = 'admin@qorgau.local';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly users: RegulatorUsersRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  /**
   * SPEC §4: ADMIN_EMAIL/ADMIN_PASSWORD ensure an active admin with that password. Without them,
   * development gets a demo admin whose generated password is printed once, on creation.
   */
  async ensureBootstrapAdmin(): Promise<void> {
    const configured = this.config.bootstrapAdmin;
    if (configured) {
      const existing = await this.users.findByEmailWithPasswordHash(configured.email);
      if (!existing) {
        await this.createAudited(null, { email: configured.email, role: 'admin', passwordHash: await hashPassword(configured.password) });
        this.logger.log(`Created the admin account ${configured.email} from ADMIN_EMAIL`);
        return;
      }
      const passwordChanged = !(await verifyPassword(configured.password, existing.passwordHash));
      // The operator who restarts with ADMIN_PASSWORD lifts a lockout: a guesser can lock the
      // bootstrap e-mail the README names, but cannot keep its owner out.
      const locked = existing.lockedUntil !== null && existing.lockedUntil > new Date();
      if (passwordChanged || existing.role !== 'admin' || !existing.active || locked) {
        const passwordHash = passwordChanged ? await hashPassword(configured.password) : undefined;
        await this.users.transaction((manager) =>
          this.updateAudited(manager, null, existing, { role: 'admin', active: true, ...(passwordHash ? { passwordHash } : {}) }, locked),
        );
      }
      return;
    }
    if (this.config.env === 'production') return;
    if (await this.users.findByEmailWithPasswordHash(DEMO_ADMIN_EMAIL)) return;
    const password = randomBytes(12).toString('base64url');
    await this.createAudited(null, { email: DEMO_ADMIN_EMAIL, role: 'admin', passwordHash: await hashPassword(password) });
    // Printed on stdout rather than logged: the log may be shipped elsewhere, the console is the developer's.
    process.stdout.write(
      [
        '',
        '  Demo back-office account (shown only this once):',
        `    e-mail:   ${DEMO_ADMIN_EMAIL}`,
        `    password: ${password}`,
        '  Set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own.',
        '',
      ].join('\n') + '\n',
    );
  }

  async get(id: string): Promise<RegulatorUserView> {
    return toView(await this.findOrFail(id));
  }

  /** `actor` null is the system itself (the demo seed). */
  async create(actor: Actor | null, input: CreateUserDto): Promise<RegulatorUserView> {
    const email = input.email.trim().toLowerCase();
    const problem = checkPasswordPolicy(input.password, email);
    if (problem) throw new ValidationException({ password: problem.message });
    if (await this.users.findByEmailWithPasswordHash(email)) throw UsersException.emailTaken(email);
    return toView(await this.createAudited(actor, { email, role: input.role, passwordHash: await hashPassword(input.password) }));
  }

  /** Changes role and active state, and resets the password when a new one is given. */
  async update(actor: Actor, id: string, input: UpdateUserDto): Promise<RegulatorUserView> {
    const current = await this.findOrFail(id);
    const newPassword = input.password ? input.password : undefined;
    if (newPassword !== undefined) {
      const problem = checkPasswordPolicy(newPassword, current.email);
      if (problem) throw new ValidationException({ password: problem.message });
    }
    const passwordHash = newPassword !== undefined ? await hashPassword(newPassword) : undefined;
    await this.users.transaction(async (manager) => {
      const locked = (await this.users.findById(id, manager))!;
      const activeAdmins = await this.users.countActiveAdminsLocked(manager);
      if (wouldRemoveLastAdmin(locked, input, activeAdmins)) throw UsersException.lastAdmin();
      await this.updateAudited(manager, actor, locked, { role: input.role, active: input.active, ...(passwordHash ? { passwordHash } : {}) });
    });
    return this.get(id);
  }

  private async findOrFail(id: string): Promise<RegulatorUser> {
    const user = isUuid(id) ? await this.users.findById(id) : null;
    if (!user) throw new NotFoundProblem('user', id);
    return user;
  }

  private createAudited(actor: Actor | null, user: { email: string; role: RegulatorUser['role']; passwordHash: string }): Promise<RegulatorUser> {
    return this.users.transaction(async (manager) => {
      const created = await this.users.create(user, manager);
      await this.audit.append(manager, {
        actor,
        action: 'user.created',
        entityType: 'user',
        entityId: created.id,
        before: null,
        after: { email: created.email, role: created.role, active: created.active, passwordHash: 'set' },
      });
      return created;
    });
  }

  private async updateAudited(
    manager: EntityManager,
    actor: Actor | null,
    current: RegulatorUser,
    changes: { role: RegulatorUser['role']; active: boolean; passwordHash?: string },
    unlockRequested = false,
  ): Promise<void> {
    // A password reset by an admin also lifts a lockout: the locked-out regulator's way back in.
    const unlock = unlockRequested || changes.passwordHash !== undefined;
    await this.users.update(manager, current.id, { ...changes, ...(unlock ? { failedSignIns: 0, lockedUntil: null } : {}) });
    await this.audit.append(manager, {
      actor,
      action: changes.passwordHash ? 'user.password-reset' : 'user.updated',
      entityType: 'user',
      entityId: current.id,
      before: { role: current.role, active: current.active, lockedUntil: current.lockedUntil, ...(changes.passwordHash ? { passwordHash: 'old' } : {}) },
      after: { role: changes.role, active: changes.active, lockedUntil: unlock ? null : current.lockedUntil, ...(changes.passwordHash ? { passwordHash: 'new' } : {}) },
    });
  }

  async list(rawQuery: RawListQuery): Promise<{ users: RegulatorUserView[]; total: number; offset: number }> {
    const query = parseListQuery(rawQuery, { sortable: USER_SORT_FIELDS, defaultSort: ['createdAt', 'DESC'] });
    const [users, total] = await this.users.list(query);
    return { users: users.map(toView), total, offset: query.offset };
  }

  async stats(): Promise<AdminStats['users']> {
    const byRole = Object.fromEntries(ROLES.map((role) => [role, 0])) as AdminStats['users']['byRole'];
    let total = 0;
    let active = 0;
    for (const row of await this.users.countByRole()) {
      total += row.count;
      if (row.active) {
        active += row.count;
        byRole[row.role] += row.count;
      }
    }
    return { total, active, byRole };
  }
}

function toView(user: RegulatorUser): RegulatorUserView {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    active: user.active,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
