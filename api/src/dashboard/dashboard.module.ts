import { Module } from '@nestjs/common';
import { BreachesModule } from '../breaches/breaches.module';
import { InquiriesModule } from '../inquiries/inquiries.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { DashboardController } from './dashboard.controller';

@Module({ imports: [UsersModule, BreachesModule, InquiriesModule, NotificationsModule], controllers: [DashboardController] })
export class DashboardModule {}
