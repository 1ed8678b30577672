import { Divider } from '@mui/material';
import type { Bank } from '@qorgau/shared';
import { Labeled, Show, SimpleShowLayout, TextField, useCanAccess } from 'react-admin';
import { EnumField, YesNoField } from '../common/fields';
import { FieldRow, LabeledNumber, RecordTimestamps } from '../common/ShowLayout';
import { BankKeysPanel } from './BankKeysPanel';

/** A lender and, for administrators, its API keys. */
export const BankShow = () => {
  const { canAccess: managesKeys } = useCanAccess({ resource: 'banks', action: 'keys' });
  return (
    <Show<Bank>>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="bin" />
        <EnumField source="kind" prefix="qorgau.lender_kind" />
        <TextField source="licence" emptyText="—" />
        <FieldRow>
          <Labeled source="active">
            <YesNoField source="active" />
          </Labeled>
          <LabeledNumber source="rateLimitPerSecond" />
          <RecordTimestamps />
        </FieldRow>
        {managesKeys && <Divider />}
        {managesKeys && <BankKeysPanel />}
      </SimpleShowLayout>
    </Show>
  );
};
