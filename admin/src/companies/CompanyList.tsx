import type { Company } from '@qorgau/shared';
import { DataTable, List, SelectInput } from 'react-admin';
import { SECTOR_CHOICES } from '../common/choices';
import { DateTimeField, EnumField, NumberValueField } from '../common/fields';
import { QuickSearch } from '../common/QuickSearch';

const companyFilters = [
  <QuickSearch key="q" source="q" alwaysOn hint="qorgau.companies.search" />,
  <SelectInput key="sector" source="sector" choices={SECTOR_CHOICES} />,
];

/** Companies responsible for breaches, with their accountability figures (SPEC §3.5). */
export const CompanyList = () => (
  <List<Company> sort={{ field: 'name', order: 'ASC' }} filters={companyFilters}>
    <DataTable<Company> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="bin" />
      <DataTable.Col source="sector">
        <EnumField source="sector" prefix="qorgau.sector" />
      </DataTable.Col>
      <DataTable.NumberCol source="breachCount">
        <NumberValueField source="breachCount" />
      </DataTable.NumberCol>
      <DataTable.NumberCol source="peopleExposed">
        <NumberValueField source="peopleExposed" />
      </DataTable.NumberCol>
      <DataTable.NumberCol source="lateReports">
        <NumberValueField source="lateReports" />
      </DataTable.NumberCol>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" dateOnly />
      </DataTable.Col>
    </DataTable>
  </List>
);
