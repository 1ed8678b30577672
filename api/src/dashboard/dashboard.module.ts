import { Module } from '@nestjs/common';
import { BreachesModule } from '../breaches/breaches.module';
import { UsersModule } from '../users/users.module';
import { DashboardController } from './dashboard.controller';

@Module({ imports: [UsersModule, BreachesModule], controllers: [DashboardController] })
export class DashboardModule {}
