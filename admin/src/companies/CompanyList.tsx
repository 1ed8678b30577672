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
      <DataTable.Col source="breachCount" align="right">
        <NumberValueField source="breachCount" />
      </DataTable.Col>
      <DataTable.Col source="peopleExposed" align="right">
        <NumberValueField source="peopleExposed" />
      </DataTable.Col>
      <DataTable.Col source="lateReports" align="right">
        <NumberValueField source="lateReports" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" dateOnly />
      </DataTable.Col>
    </DataTable>
  </List>
);
