import { Box, Divider } from '@mui/material';
import type { Bank } from '@qorgau/shared';
import { Labeled, Show, SimpleShowLayout, TextField, useCanAccess } from 'react-admin';
import { DateTimeField, EnumField, NumberValueField, YesNoField } from '../common/fields';
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
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          <Labeled source="active">
            <YesNoField source="active" />
          </Labeled>
          <Labeled source="rateLimitPerSecond">
            <NumberValueField source="rateLimitPerSecond" />
          </Labeled>
          <Labeled source="createdAt">
            <DateTimeField source="createdAt" />
          </Labeled>
          <Labeled source="updatedAt">
            <DateTimeField source="updatedAt" />
          </Labeled>
        </Box>
        {managesKeys && <Divider />}
        {managesKeys && <BankKeysPanel />}
      </SimpleShowLayout>
    </Show>
  );
};
