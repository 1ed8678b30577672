import { Edit } from 'react-admin';
import { BankForm } from './BankForm';

/** Pessimistic, like the company page: a 400 shows beside its field, a 409 (stale version, BIN taken) as a notification. */
export const BankEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <BankForm />
  </Edit>
);
