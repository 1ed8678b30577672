import { Create } from 'react-admin';
import { BankForm } from './BankForm';

export const BankCreate = () => (
  <Create redirect="show">
    <BankForm />
  </Create>
);
