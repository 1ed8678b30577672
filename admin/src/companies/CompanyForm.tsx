import { Typography } from '@mui/material';
import { maxLength, required, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { SECTOR_CHOICES } from '../common/choices';
import { optionalWebsite, useSharedValidators } from '../common/validation';

/**
 * The company form of the create and edit pages. The BIN, phone and e-mail are checked with the
 * validators of @qorgau/shared (the server's own); whatever the server still refuses (a BIN already
 * registered, …) comes back as `errors` and appears beside the field.
 */
export const CompanyForm = () => {
  const translate = useTranslate();
  const validators = useSharedValidators();
  return (
    <SimpleForm>
      <TextInput source="bin" validate={[required(), validators.bin]} helperText="qorgau.companies.bin_help" />
      <TextInput source="name" validate={[required(), maxLength(300)]} fullWidth />
      <SelectInput source="sector" choices={SECTOR_CHOICES} validate={required()} />
      <TextInput source="website" validate={[maxLength(2048), optionalWebsite]} type="url" fullWidth helperText="qorgau.companies.website_help" />
      <Typography component="h2" variant="subtitle1" sx={{ mt: 2, fontWeight: 600 }}>
        {translate('qorgau.companies.contact_heading')}
      </Typography>
      <TextInput source="contactName" validate={maxLength(300)} fullWidth />
      <TextInput source="contactEmail" type="email" validate={[maxLength(254), validators.optionalEmail]} />
      <TextInput source="contactPhone" type="tel" validate={validators.optionalPhone} helperText="qorgau.companies.phone_help" />
    </SimpleForm>
  );
};
