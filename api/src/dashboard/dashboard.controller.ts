import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminStats } from '@qorgau/shared';
import { UsersService } from '../users/users.service';

@ApiTags('Back office: dashboard')
@ApiBearerAuth()
@Controller('admin/stats')
export class DashboardController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Counts for the back-office dashboard' })
  async stats(): Promise<AdminStats> {
    return { users: await this.users.stats(), generatedAt: new Date().toISOString() };
  }
}
