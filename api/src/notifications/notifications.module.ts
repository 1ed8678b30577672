import { Module } from '@nestjs/common';
import { AdminNotificationsController } from './admin-notifications.controller';
import { AdminNotificationsService } from './admin-notifications.service';
import { ContactsController } from './contacts.controller';
import { ContactsRepository } from './contacts.repository';
import { ContactsService } from './contacts.service';
import { NotificationChannels } from './notification-channels';
import { notificationPoolProvider } from './notification-dispatch.repository';
import { NotificationDispatcher } from './notification-dispatcher.service';
import { NotificationsRepository } from './notifications.repository';
import { RestrictionEndingSweep } from './restriction-ending-sweep';

/**
 * Telling people at once (SPEC §3.8, §5.5): their contacts, the transactional outbox the inquiries,
 * lifts and disputes write into (the restriction jobs too, for exposures), the dispatcher that
 * delivers it, the sweep for restrictions ending soon, and the outbox for admins.
 */
@Module({
  controllers: [ContactsController, AdminNotificationsController],
  providers: [
    ContactsRepository,
    ContactsService,
    NotificationChannels,
    NotificationsRepository,
    AdminNotificationsService,
    notificationPoolProvider,
    NotificationDispatcher,
    RestrictionEndingSweep,
  ],
  exports: [NotificationChannels, NotificationsRepository, AdminNotificationsService],
})
export class NotificationsModule {}
