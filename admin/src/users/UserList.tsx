import type { RegulatorUserView } from '@qorgau/shared';
import { DataTable, EmailField, List, NullableBooleanInput, SelectInput } from 'react-admin';
import { ROLE_CHOICES } from '../common/choices';
import { DateTimeField, EnumField, YesNoField } from '../common/fields';
import { QuickSearch } from '../common/QuickSearch';

export type User = RegulatorUserView;

const userFilters = [
  <QuickSearch key="q" source="q" alwaysOn hint="qorgau.users.search" />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} />,
  <NullableBooleanInput key="active" source="active" />,
];

/** Back-office accounts (administrators only). An account is disabled, never deleted. */
export const UserList = () => (
  <List<User> sort={{ field: 'email', order: 'ASC' }} filters={userFilters}>
    <DataTable<User> bulkActionButtons={false} rowClick="edit">
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.Col source="role">
        <EnumField source="role" prefix="qorgau.role" />
      </DataTable.Col>
      <DataTable.Col source="active">
        <YesNoField source="active" />
      </DataTable.Col>
      <DataTable.Col source="lastSignInAt">
        <DateTimeField source="lastSignInAt" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" dateOnly />
      </DataTable.Col>
    </DataTable>
  </List>
);
