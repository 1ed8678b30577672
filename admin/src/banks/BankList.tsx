import type { Bank } from '@qorgau/shared';
import { BooleanInput, DataTable, List, SelectInput } from 'react-admin';
import { LENDER_KIND_CHOICES } from '../common/choices';
import { DateTimeField, EnumField, NumberValueField, YesNoField } from '../common/fields';
import { QuickSearch } from '../common/QuickSearch';

const bankFilters = [
  <QuickSearch key="q" source="q" alwaysOn hint="qorgau.banks.search" />,
  <SelectInput key="kind" source="kind" choices={LENDER_KIND_CHOICES} />,
  <BooleanInput key="active" source="active" />,
];

/** Banks and MFOs allowed to check restrictions through the bank API (SPEC §5.1). */
export const BankList = () => (
  <List<Bank> sort={{ field: 'name', order: 'ASC' }} filters={bankFilters}>
    <DataTable<Bank> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="bin" />
      <DataTable.Col source="kind">
        <EnumField source="kind" prefix="qorgau.lender_kind" />
      </DataTable.Col>
      <DataTable.Col source="licence" />
      <DataTable.Col source="active">
        <YesNoField source="active" />
      </DataTable.Col>
      <DataTable.Col source="rateLimitPerSecond" align="right">
        <NumberValueField source="rateLimitPerSecond" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" dateOnly />
      </DataTable.Col>
    </DataTable>
  </List>
);
