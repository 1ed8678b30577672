import { Create } from 'react-admin';
import { BreachForm } from './BreachForm';
import { toApiBreach } from './breachValidation';

export const BreachCreate = () => (
  <Create redirect="show" transform={toApiBreach}>
    <BreachForm />
  </Create>
);
