import type { AdminNotification } from '@qorgau/shared';
import { Box } from '@mui/material';
import { Labeled, NumberField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateTimeField, EnumField } from '../common/fields';
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
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Labeled source="type">
          <EnumField source="type" prefix="qorgau.notification.type" />
        </Labeled>
        <Labeled source="channel">
          <EnumField source="channel" prefix="qorgau.notification.channel" />
        </Labeled>
        <Labeled source="language">
          <EnumField source="language" prefix="qorgau.notification.language" />
        </Labeled>
        <Labeled source="to">
          <RecipientField />
        </Labeled>
        <Labeled source="personRef">
          <TextField source="personRef" />
        </Labeled>
        <Labeled source="subjectId">
          <TextField source="subjectId" emptyText="—" />
        </Labeled>
      </Box>
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Labeled source="occurredAt">
          <DateTimeField source="occurredAt" />
        </Labeled>
        <Labeled source="createdAt">
          <DateTimeField source="createdAt" />
        </Labeled>
        <Labeled source="nextAttemptAt">
          <DateTimeField source="nextAttemptAt" />
        </Labeled>
        <Labeled source="deliveredAt">
          <DateTimeField source="deliveredAt" />
        </Labeled>
        <Labeled source="tries">
          <NumberField source="tries" />
        </Labeled>
      </Box>
      <LastErrorField label="resources.notifications.fields.lastError" />
      <TextField source="id" />
    </SimpleShowLayout>
  </Show>
);
