import { Inject, Injectable, Logger } from '@nestjs/common';
import { ROLES, type AdminStats, type UserSummary } from '@qorgau/shared';
import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '../auth/password-hasher';
import { parseListQuery, type RawListQuery } from '../common/list-query';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { RegulatorUser } from './regulator-user.entity';
import { RegulatorUsersRepository, USER_SORT_FIELDS } from './regulator-users.repository';

export const DEMO_ADMIN_EMAIL = 'admin@qorgau.local';

export interface UserView extends UserSummary {
  active: boolean;
  lastSignInAt: string | null;
  createdAt: string;
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly users: RegulatorUsersRepository,
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
        await this.users.create({ email: configured.email, role: 'admin', passwordHash: await hashPassword(configured.password) });
        this.logger.log(`Created the admin account ${configured.email} from ADMIN_EMAIL`);
      } else {
        const passwordChanged = !(await verifyPassword(configured.password, existing.passwordHash));
        await this.users.makeActiveAdmin(existing.id, passwordChanged ? await hashPassword(configured.password) : undefined);
      }
      return;
    }
    if (this.config.env === 'production') return;
    if (await this.users.findByEmailWithPasswordHash(DEMO_ADMIN_EMAIL)) return;
    const password = randomBytes(12).toString('base64url');
    await this.users.create({ email: DEMO_ADMIN_EMAIL, role: 'admin', passwordHash: await hashPassword(password) });
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

  async list(rawQuery: RawListQuery): Promise<{ users: UserView[]; total: number; offset: number }> {
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

function toView(user: RegulatorUser): UserView {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    active: user.active,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
