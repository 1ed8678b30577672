import type { Bank } from '@qorgau/shared';
import { BooleanInput, DataTable, SelectInput } from 'react-admin';
import { LENDER_KIND_CHOICES } from '../common/choices';
import { QuickSearch } from '../common/QuickSearch';
import { EnumColumn, NamedRecordList, NumberColumn, YesNoColumn } from '../common/RecordList';

const bankFilters = [
  <QuickSearch key="q" source="q" alwaysOn hint="qorgau.banks.search" />,
  <SelectInput key="kind" source="kind" choices={LENDER_KIND_CHOICES} />,
  <BooleanInput key="active" source="active" />,
];

/** Banks and MFOs allowed to check restrictions through the bank API (SPEC §5.1). */
export const BankList = () => (
  <NamedRecordList<Bank> filters={bankFilters}>
    <EnumColumn source="kind" prefix="qorgau.lender_kind" />
    <DataTable.Col source="licence" />
    <YesNoColumn source="active" />
    <NumberColumn source="rateLimitPerSecond" />
  </NamedRecordList>
);
