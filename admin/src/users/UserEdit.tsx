import { Box, Typography } from '@mui/material';
import type { RegulatorUserView } from '@qorgau/shared';
import {
  BooleanInput,
  Edit,
  PasswordInput,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  Toolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ROLE_CHOICES } from '../common/choices';
import { validatePassword } from './passwordPolicy';

/** Only what the API lets change: role, active, and a new password (a reset). */
const toApiUser = (data: Record<string, unknown>) => {
  const { password, ...rest } = data;
  return typeof password === 'string' && password !== '' ? { ...rest, password } : rest;
};

const EmailHeading = () => {
  const record = useRecordContext<RegulatorUserView>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="p">
        {translate('resources.users.fields.email')}
      </Typography>
      <Typography component="p" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {record.email}
      </Typography>
    </Box>
  );
};

/** No delete button: an account is disabled (active off), never deleted. */
const UserEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/**
 * Pessimistic, so a refusal is shown: 409 when this would disable or demote the last active
 * administrator (a notification with the server's sentence), 400 beside the password field when
 * it breaks the policy.
 */
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={toApiUser}>
    <SimpleForm toolbar={<UserEditToolbar />}>
      <EmailHeading />
      <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
      <BooleanInput source="active" helperText="qorgau.users.active_help" />
      <PasswordInput
        source="password"
        label="qorgau.users.new_password"
        validate={(value, allValues) => validatePassword(value, allValues, { optional: true })}
        autoComplete="new-password"
        helperText="qorgau.users.new_password_help"
      />
    </SimpleForm>
  </Edit>
);
