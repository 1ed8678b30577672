import { Edit } from 'react-admin';
import { BreachForm } from './BreachForm';
import { toApiBreach } from './breachValidation';

/**
 * Pessimistic, so the server's answer lands where it belongs: a 400's messages beside the fields,
 * a 409 (someone saved first: the record carries the `version` it was read at) as a notification.
 */
export const BreachEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={toApiBreach}>
    <BreachForm />
  </Edit>
);
