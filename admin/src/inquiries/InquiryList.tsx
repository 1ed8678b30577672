import type { InquiryView } from '@qorgau/shared';
import { BooleanInput, DataTable, DateInput, List, ReferenceInput, SelectInput, TextField } from 'react-admin';
import { INQUIRY_PURPOSE_CHOICES } from '../common/choices';
import { DateTimeField, EnumField, YesNoField } from '../common/fields';

const inquiryFilters = [
  <ReferenceInput key="bankId" source="bankId" reference="banks" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <DateInput key="checkedAt_gte" source="checkedAt_gte" alwaysOn />,
  <DateInput key="checkedAt_lte" source="checkedAt_lte" alwaysOn />,
  <BooleanInput key="restricted" source="restricted" />,
  <SelectInput key="purpose" source="purpose" choices={INQUIRY_PURPOSE_CHOICES} />,
];

/**
 * Every check lenders made (SPEC §5.2), one row per IIN: who asked, when, why, with what answer.
 * The person is shown only as the first digits of their IIN's keyed hash, never the IIN.
 */
export const InquiryList = () => (
  <List<InquiryView> sort={{ field: 'checkedAt', order: 'DESC' }} filters={inquiryFilters}>
    <DataTable<InquiryView> bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="checkedAt">
        <DateTimeField source="checkedAt" />
      </DataTable.Col>
      <DataTable.Col source="bankName" disableSort />
      <DataTable.Col source="purpose" disableSort>
        <EnumField source="purpose" prefix="qorgau.purpose" />
      </DataTable.Col>
      <DataTable.Col source="reference" disableSort />
      <DataTable.Col source="iinHashPrefix" disableSort>
        <TextField source="iinHashPrefix" sx={{ fontFamily: 'monospace' }} />
      </DataTable.Col>
      <DataTable.Col source="restricted" disableSort>
        <YesNoField source="restricted" emphasise />
      </DataTable.Col>
      <DataTable.Col source="restrictedUntil" disableSort>
        <DateTimeField source="restrictedUntil" dateOnly />
      </DataTable.Col>
      <DataTable.Col source="inquiryId" disableSort />
    </DataTable>
  </List>
);
