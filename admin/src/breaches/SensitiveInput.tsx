import { SENSITIVE_DATA_CLASSES } from '@qorgau/shared';
import { BooleanInput, FormDataConsumer } from 'react-admin';

/** Whether the data classes chosen make a breach sensitive whatever the switch says (health, biometric). */
export const hasSensitiveDataClass = (dataClasses: unknown): boolean =>
  Array.isArray(dataClasses) && dataClasses.some((dataClass) => (SENSITIVE_DATA_CLASSES as readonly unknown[]).includes(dataClass));

const alwaysOn = () => true;

/**
 * `sensitive`, which the regulator may set — except that a breach of health or biometric data is
 * always sensitive (SPEC §3.5; the server enforces it): then the switch shows on and is locked,
 * and the record is sent with `sensitive: true` (see toApiBreach).
 */
export const SensitiveInput = () => (
  <FormDataConsumer<{ dataClasses?: unknown }>>
    {({ formData }) =>
      hasSensitiveDataClass(formData.dataClasses) ? (
        <BooleanInput source="sensitive" readOnly format={alwaysOn} helperText="qorgau.breaches.sensitive_forced" />
      ) : (
        <BooleanInput source="sensitive" helperText="qorgau.breaches.sensitive_help" />
      )
    }
  </FormDataConsumer>
);
