import { BooleanInput, maxLength, minValue, NumberInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { LENDER_KIND_CHOICES } from '../common/choices';
import { useSharedValidators } from '../common/validation';

/**
 * The lender form of the create and edit pages; the BIN is checked with the server's own
 * validator. A rate limit left empty on creation takes the server's default.
 */
export const BankForm = () => {
  const validators = useSharedValidators();
  return (
    <SimpleForm>
      <TextInput source="bin" validate={[required(), validators.bin]} helperText="qorgau.companies.bin_help" />
      <TextInput source="name" validate={[required(), maxLength(300)]} fullWidth />
      <SelectInput source="kind" choices={LENDER_KIND_CHOICES} validate={required()} />
      <TextInput source="licence" validate={maxLength(100)} />
      <NumberInput source="rateLimitPerSecond" min={1} step={1} validate={minValue(1)} helperText="qorgau.banks.rate_limit_help" />
      <BooleanInput source="active" defaultValue helperText="qorgau.banks.active_help" />
    </SimpleForm>
  );
};
