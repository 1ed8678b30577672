import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RegulatorUsersRepository } from './regulator-users.repository';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [AuditModule],
  controllers: [UsersController],
  providers: [RegulatorUsersRepository, UsersService],
  exports: [RegulatorUsersRepository, UsersService],
})
export class UsersModule implements OnApplicationBootstrap {
  constructor(private readonly users: UsersService) {}

  onApplicationBootstrap(): Promise<void> {
    return this.users.ensureBootstrapAdmin();
  }
}
