import type { AdminNotification } from '@qorgau/shared';
import { Labeled, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { FieldRow, LabeledDateTime, LabeledEnum, LabeledNumber } from '../common/ShowLayout';
import { LastErrorField, NotificationStatusField, NotificationTextField, NotificationTitle, RecipientField, RecordNoChannelBanner } from './NotificationFields';
import { RetryNotificationButton } from './RetryNotificationButton';

const NotificationActions = () => (
  <TopToolbar>
    <RetryNotificationButton />
  </TopToolbar>
);

/** One message of the outbox: what it says, to whom (masked), how its delivery went, and a retry once parked. */
export const NotificationShow = () => (
  <Show<AdminNotification> actions={<NotificationActions />} title={<NotificationTitle />}>
    <SimpleShowLayout>
      <RecordNoChannelBanner />
      <NotificationStatusField label="resources.notifications.fields.status" />
      <NotificationTextField label="resources.notifications.fields.text" />
      <FieldRow>
        <LabeledEnum source="type" prefix="qorgau.notification.type" />
        <LabeledEnum source="channel" prefix="qorgau.notification.channel" />
        <LabeledEnum source="language" prefix="qorgau.notification.language" />
        <Labeled source="to">
          <RecipientField />
        </Labeled>
        <Labeled source="personRef">
          <TextField source="personRef" emptyText="—" />
        </Labeled>
        <Labeled source="subjectId">
          <TextField source="subjectId" emptyText="—" />
        </Labeled>
      </FieldRow>
      <FieldRow>
        <LabeledDateTime source="occurredAt" />
        <LabeledDateTime source="createdAt" />
        <LabeledDateTime source="nextAttemptAt" />
        <LabeledDateTime source="deliveredAt" />
        <LabeledNumber source="tries" />
      </FieldRow>
      <LastErrorField label="resources.notifications.fields.lastError" />
      <TextField source="id" />
    </SimpleShowLayout>
  </Show>
);
