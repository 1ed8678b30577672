import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, type AdminStats } from '@qorgau/shared';
import { Roles } from '../auth/roles.decorator';
import { UsersService } from '../users/users.service';

@ApiTags('Back office: dashboard')
@ApiBearerAuth()
@Controller('admin/stats')
export class DashboardController {
  constructor(private readonly users: UsersService) {}

  @Roles(...ROLES)
  @Get()
  @ApiOperation({ summary: 'Counts for the back-office dashboard' })
  async stats(): Promise<AdminStats> {
    return { users: await this.users.stats(), generatedAt: new Date().toISOString() };
  }
}
