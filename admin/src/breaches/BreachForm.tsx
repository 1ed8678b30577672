import { Box, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  DateTimeInput,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  number,
  ReferenceInput,
  required,
  SelectArrayInput,
  SimpleForm,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { BREACH_DESCRIPTION_MAX_LENGTH, BREACH_TITLE_MAX_LENGTH, RESTRICTION_DAYS_DEFAULT, type Breach } from '@qorgau/shared';
import { DATA_CLASS_CHOICES } from '../common/choices';
import { BreachStatusChip } from './BreachStatusChip';
import { SensitiveInput } from './SensitiveInput';
import {
  atLeastOne,
  discoveredAtRules,
  occurredAtRules,
  reportedAtRules,
  RESTRICTION_DAYS_RANGE,
} from './breachValidation';

const integer = (value: unknown) =>
  value === null || value === undefined || value === '' || Number.isInteger(Number(value))
    ? undefined
    : 'qorgau.validation.integer';

const companyFilterToQuery = (searchText: string) => ({ q: searchText });

/** Inputs side by side on wide screens, stacked on narrow ones. */
const fieldRow = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
  columnGap: 2,
  width: '100%',
} as const;

/**
 * The breach form of the create and edit pages. The status is not here: it changes only through
 * the lifecycle buttons of the breach's page. On edit the record's `version` travels back
 * unchanged with the rest of it (optimistic locking).
 */
export const BreachForm = () => {
  const translate = useTranslate();
  const record = useRecordContext<Breach>();
  return (
    <SimpleForm defaultValues={{ restrictionDays: RESTRICTION_DAYS_DEFAULT, published: false, sensitive: false, dataClasses: [] }}>
      {record?.status ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.breaches.fields.status')}:
          </Typography>
          <BreachStatusChip status={record.status} />
        </Box>
      ) : null}
      <ReferenceInput source="companyId" reference="companies" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput filterToQuery={companyFilterToQuery} validate={required()} fullWidth />
      </ReferenceInput>
      <TextInput source="title" validate={[required(), maxLength(BREACH_TITLE_MAX_LENGTH)]} fullWidth />
      <TextInput
        source="description"
        validate={maxLength(BREACH_DESCRIPTION_MAX_LENGTH)}
        multiline
        minRows={4}
        fullWidth
      />
      <Box sx={fieldRow}>
        <DateTimeInput source="occurredAt" validate={occurredAtRules} helperText="qorgau.breaches.occurred_help" />
        <DateTimeInput source="discoveredAt" validate={[required(), ...discoveredAtRules]} />
        <DateTimeInput source="reportedAt" validate={[required(), ...reportedAtRules]} />
      </Box>
      <SelectArrayInput
        source="dataClasses"
        choices={DATA_CLASS_CHOICES}
        validate={atLeastOne}
        fullWidth
        helperText="qorgau.breaches.data_classes_help"
      />
      <Box sx={fieldRow}>
        {/* no min/max attributes: the browser's own bubble would speak over our translated messages */}
        <NumberInput source="recordsClaimed" validate={[number(), integer, minValue(0)]} />
        <NumberInput
          source="restrictionDays"
          validate={[
            required(),
            number(),
            integer,
            minValue(RESTRICTION_DAYS_RANGE.min),
            maxValue(RESTRICTION_DAYS_RANGE.max),
          ]}
          helperText="qorgau.breaches.restriction_days_help"
        />
      </Box>
      <BooleanInput source="published" helperText="qorgau.breaches.published_help" />
      <SensitiveInput />
    </SimpleForm>
  );
};
