import type { Company } from '@qorgau/shared';
import { SelectInput } from 'react-admin';
import { SECTOR_CHOICES } from '../common/choices';
import { QuickSearch } from '../common/QuickSearch';
import { EnumColumn, NamedRecordList, NumberColumn } from '../common/RecordList';

const companyFilters = [
  <QuickSearch key="q" source="q" alwaysOn hint="qorgau.companies.search" />,
  <SelectInput key="sector" source="sector" choices={SECTOR_CHOICES} />,
];

/** Companies responsible for breaches, with their accountability figures (SPEC §3.5). */
export const CompanyList = () => (
  <NamedRecordList<Company> filters={companyFilters}>
    <EnumColumn source="sector" prefix="qorgau.sector" />
    <NumberColumn source="breachCount" />
    <NumberColumn source="peopleExposed" />
    <NumberColumn source="lateReports" />
  </NamedRecordList>
);
