import { BooleanField, DataTable, DateField, EmailField, List, useTranslate } from 'react-admin';
import type { Role } from '../session';

export interface User {
  id: string;
  email: string;
  role: Role;
  active: boolean;
  createdAt: string;
}

const RoleField = ({ role }: { role: Role }) => {
  const translate = useTranslate();
  return <>{translate(`qorgau.role.${role}`, { _: role })}</>;
};

/** Back-office accounts (administrators only). Read-only for now. */
export const UserList = () => (
  <List<User> sort={{ field: 'email', order: 'ASC' }} exporter={false}>
    <DataTable<User> bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.Col source="role" render={(record) => <RoleField role={record.role} />} />
      <DataTable.Col source="active" field={BooleanField} />
      <DataTable.Col source="createdAt" field={DateField} />
    </DataTable>
  </List>
);
