import { Box } from '@mui/material';
import DoneIcon from '@mui/icons-material/Done';
import BlockIcon from '@mui/icons-material/Block';
import { DataTable, DateField, EmailField, List, useLocaleState, useTranslate } from 'react-admin';
import { formattingLocale, NUMERIC_DATE } from '../i18n/formatting';
import type { Role } from '@qorgau/shared';

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

/** Yes/No in words as well as an icon, so screen readers announce it too. */
const ActiveField = ({ active }: { active: boolean }) => {
  const translate = useTranslate();
  const Icon = active ? DoneIcon : BlockIcon;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: active ? 'success.main' : 'text.secondary' }}>
      <Icon fontSize="small" aria-hidden />
      <Box component="span" sx={{ color: 'text.primary' }}>
        {translate(active ? 'ra.boolean.true' : 'ra.boolean.false')}
      </Box>
    </Box>
  );
};

/** Back-office accounts (administrators only). Read-only for now. */
export const UserList = () => {
  const [locale] = useLocaleState();
  return (
    <List<User> sort={{ field: 'email', order: 'ASC' }} exporter={false}>
      <DataTable<User> bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="email" field={EmailField} />
        <DataTable.Col source="role" render={(record) => <RoleField role={record.role} />} />
        <DataTable.Col source="active" render={(record) => <ActiveField active={record.active} />} />
        <DataTable.Col
          source="createdAt"
          render={(record) => <DateField record={record} source="createdAt" locales={formattingLocale(locale)} options={NUMERIC_DATE} />}
        />
      </DataTable>
    </List>
  );
};
