import type { AdminLift } from '@qorgau/shared';
import { DataTable, List, SelectInput, TextInput } from 'react-admin';
import { LIFT_KIND_CHOICES, LIFT_SCOPE_CHOICES, LIFT_STATUS_CHOICES } from '../common/choices';
import { DateTimeField, EnumField } from '../common/fields';
import { LiftScopeField, LiftStatusField } from './LiftFields';

const liftFilters = [
  <SelectInput key="status" source="status" choices={LIFT_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={LIFT_KIND_CHOICES} />,
  <SelectInput key="scope" source="scope" choices={LIFT_SCOPE_CHOICES} />,
  <TextInput key="lenderBin" source="lenderBin" />,
  <TextInput key="personRef" source="personRef" helperText="qorgau.lift.person_ref_help" />,
];

/** Citizens' lift requests, newest first; the person appears only by a hash prefix, never an IIN. */
export const LiftList = () => (
  <List<AdminLift> sort={{ field: 'createdAt', order: 'DESC' }} filters={liftFilters}>
    <DataTable<AdminLift> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="personRef" disableSort />
      <DataTable.Col source="status" disableSort>
        <LiftStatusField />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <EnumField source="kind" prefix="qorgau.lift.kind" />
      </DataTable.Col>
      <DataTable.Col source="scope" disableSort>
        <LiftScopeField />
      </DataTable.Col>
      <DataTable.Col source="effectiveAt">
        <DateTimeField source="effectiveAt" />
      </DataTable.Col>
      <DataTable.Col source="until">
        <DateTimeField source="until" />
      </DataTable.Col>
    </DataTable>
  </List>
);
