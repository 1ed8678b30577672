import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminStats } from '@qorgau/shared';
import { BreachesService } from '../breaches/breaches.service';
import { InquiriesService } from '../inquiries/inquiries.service';
import { AdminNotificationsService } from '../notifications/admin-notifications.service';
import { UsersService } from '../users/users.service';

@ApiTags('Back office: dashboard')
@ApiBearerAuth()
@Controller('admin/stats')
export class DashboardController {
  constructor(
    private readonly users: UsersService,
    private readonly breaches: BreachesService,
    private readonly inquiries: InquiriesService,
    private readonly notifications: AdminNotificationsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Counts for the back-office dashboard' })
  async stats(): Promise<AdminStats> {
    const [users, breachFigures, inquiriesPerBank, alertsDeliveredToday, inquiryAlertsQueued] = await Promise.all([
      this.users.stats(),
      this.breaches.dashboardFigures(),
      this.inquiries.perBankLast30Days(),
      this.notifications.alertsDeliveredToday(),
      this.notifications.inquiryAlertsQueued(),
    ]);
    return { users, ...breachFigures, inquiriesPerBank, alertsDeliveredToday, inquiryAlertsQueued, generatedAt: new Date().toISOString() };
  }
}
