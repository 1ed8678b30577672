import { Create, email, maxLength, PasswordInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { ROLE_CHOICES } from '../common/choices';
import { validatePassword } from './passwordPolicy';

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ role: 'analyst' }}>
      <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} autoComplete="off" />
      <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
      <PasswordInput
        source="password"
        validate={[required(), (value, allValues) => validatePassword(value, allValues)]}
        autoComplete="new-password"
        helperText="qorgau.users.password_help"
      />
    </SimpleForm>
  </Create>
);
