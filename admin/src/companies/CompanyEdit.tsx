import { Edit } from 'react-admin';
import { CompanyForm } from './CompanyForm';

/**
 * Pessimistic: the page waits for the server, so its answer is shown where it belongs — a 400's
 * messages beside the fields, a 409 (BIN taken, or someone else saved first: the record carries
 * the `version` it was read at) as a notification. Undoable edits would hide both.
 */
export const CompanyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <CompanyForm />
  </Edit>
);
