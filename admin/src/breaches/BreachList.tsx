import type { Breach } from '@qorgau/shared';
import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { BREACH_STATUS_CHOICES, DATA_CLASS_CHOICES } from '../common/choices';
import { DateTimeField, NumberValueField, YesNoField } from '../common/fields';
import { QuickSearch } from '../common/QuickSearch';
import { BreachStatusField } from './BreachStatusChip';

const companyFilterToQuery = (searchText: string) => ({ q: searchText });

const breachFilters = [
  <QuickSearch key="q" source="q" alwaysOn hint="qorgau.breaches.search" />,
  <SelectInput key="status" source="status" choices={BREACH_STATUS_CHOICES} />,
  <ReferenceInput key="companyId" source="companyId" reference="companies" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput filterToQuery={companyFilterToQuery} />
  </ReferenceInput>,
  <SelectInput key="dataClass" source="dataClass" choices={DATA_CLASS_CHOICES} />,
  <DateInput key="reportedFrom" source="reportedFrom" />,
  <DateInput key="reportedTo" source="reportedTo" />,
  <NullableBooleanInput key="late" source="late" />,
  <NullableBooleanInput key="published" source="published" />,
  <NullableBooleanInput key="sensitive" source="sensitive" />,
];

/** Every breach logged, newest report first; filters and sorting run on the server. */
export const BreachList = () => (
  <List<Breach> sort={{ field: 'reportedAt', order: 'DESC' }} filters={breachFilters}>
    <DataTable<Breach>
      rowClick="show"
      bulkActionButtons={false}
      sx={{ '& .column-title': { minWidth: 180 } }}
    >
      <DataTable.Col source="companyId">
        <ReferenceField source="companyId" reference="companies" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="title" />
      <DataTable.Col source="status">
        <BreachStatusField source="status" />
      </DataTable.Col>
      <DataTable.Col source="reportedAt">
        <DateTimeField source="reportedAt" />
      </DataTable.Col>
      <DataTable.Col source="reportingDelayHours" align="right">
        <NumberValueField source="reportingDelayHours" />
      </DataTable.Col>
      <DataTable.Col source="reportedLate">
        <YesNoField source="reportedLate" emphasise />
      </DataTable.Col>
      <DataTable.Col source="exposureCount" align="right">
        <NumberValueField source="exposureCount" />
      </DataTable.Col>
      <DataTable.Col source="published">
        <YesNoField source="published" />
      </DataTable.Col>
    </DataTable>
  </List>
);
