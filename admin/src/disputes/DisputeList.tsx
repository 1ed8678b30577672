import type { AdminDispute } from '@qorgau/shared';
import { DataTable, List, ReferenceField, SelectInput, TextField } from 'react-admin';
import { DISPUTE_REASON_CHOICES, DISPUTE_STATUS_CHOICES } from '../common/choices';
import { DateTimeField, EnumField } from '../common/fields';
import { DisputeStatusField } from './DisputeFields';

const disputeFilters = [
  <SelectInput key="status" source="status" choices={DISPUTE_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="reason" source="reason" choices={DISPUTE_REASON_CHOICES} />,
];

/** The reviewers' queue: open disputes first, the oldest first. */
export const DisputeList = () => (
  <List<AdminDispute> sort={{ field: 'queue', order: 'ASC' }} filters={disputeFilters}>
    <DataTable<AdminDispute> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <DisputeStatusField />
      </DataTable.Col>
      <DataTable.Col source="breachId" disableSort>
        <ReferenceField source="breachId" reference="breaches" link="show">
          <TextField source="title" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="companyName" disableSort />
      <DataTable.Col source="reason">
        <EnumField source="reason" prefix="qorgau.dispute.reason" />
      </DataTable.Col>
      <DataTable.Col source="personRef" disableSort />
      <DataTable.Col source="decidedAt">
        <DateTimeField source="decidedAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
