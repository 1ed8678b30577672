import type { ReactElement, ReactNode } from 'react';
import { DataTable, List, type RaRecord } from 'react-admin';
import { DateTimeField, EnumField, NumberValueField, YesNoField } from './fields';

/**
 * A registry list sorted by name, each row opening the record: name and BIN first, then
 * `children` (columns), then the creation date.
 */
export const NamedRecordList = <RecordType extends RaRecord>({ filters, children }: { filters: ReactElement[]; children: ReactNode }) => (
  <List<RecordType> sort={{ field: 'name', order: 'ASC' }} filters={filters}>
    <DataTable<RecordType> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="bin" />
      {children}
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" dateOnly />
      </DataTable.Col>
    </DataTable>
  </List>
);

/** A column of one value of a closed vocabulary, translated as `<prefix>.<value>`. */
export const EnumColumn = ({ source, prefix }: { source: string; prefix: string }) => (
  <DataTable.Col source={source}>
    <EnumField source={source} prefix={prefix} />
  </DataTable.Col>
);

/** A right-aligned column of numbers in the reader's locale. */
export const NumberColumn = ({ source }: { source: string }) => (
  <DataTable.Col source={source} align="right">
    <NumberValueField source={source} />
  </DataTable.Col>
);

/** A column of yes/no values. */
export const YesNoColumn = ({ source }: { source: string }) => (
  <DataTable.Col source={source}>
    <YesNoField source={source} />
  </DataTable.Col>
);
