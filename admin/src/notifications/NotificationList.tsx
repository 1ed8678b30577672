import type { AdminNotification } from '@qorgau/shared';
import { DataTable, List, SelectInput, TextInput } from 'react-admin';
import { NOTIFICATION_CHANNEL_CHOICES, NOTIFICATION_STATUS_CHOICES, NOTIFICATION_TYPE_CHOICES } from '../common/choices';
import { DateTimeField, EnumField } from '../common/fields';
import { EnumColumn, NumberColumn } from '../common/RecordList';
import { LastErrorField, ListNoChannelBanner, NotificationStatusField, NotificationTextField, RecipientField } from './NotificationFields';

const notificationFilters = [
  <SelectInput key="status" source="status" choices={NOTIFICATION_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="type" source="type" choices={NOTIFICATION_TYPE_CHOICES} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={NOTIFICATION_CHANNEL_CHOICES} alwaysOn />,
  <TextInput key="personRef" source="personRef" helperText="qorgau.lift.person_ref_help" />,
  <TextInput key="subjectId" source="subjectId" />,
];

/**
 * The outbox (SPEC §5.5), newest first: every message the registry sends, is sending or would send,
 * with its tries and last error; the recipient only masked. A row opens the message.
 */
export const NotificationList = () => (
  <List<AdminNotification> sort={{ field: 'createdAt', order: 'DESC' }} filters={notificationFilters}>
    <ListNoChannelBanner />
    <DataTable<AdminNotification> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <NotificationStatusField />
      </DataTable.Col>
      <EnumColumn source="type" prefix="qorgau.notification.type" />
      <DataTable.Col source="channel" disableSort>
        <EnumField source="channel" prefix="qorgau.notification.channel" />
      </DataTable.Col>
      <DataTable.Col source="to" disableSort>
        <RecipientField />
      </DataTable.Col>
      <DataTable.Col source="text" disableSort>
        <NotificationTextField />
      </DataTable.Col>
      <NumberColumn source="tries" />
      <DataTable.Col source="lastError" disableSort>
        <LastErrorField />
      </DataTable.Col>
    </DataTable>
  </List>
);
