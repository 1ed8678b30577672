import type { AdminLift } from '@qorgau/shared';
import { Box } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { DateTimeField, EnumField } from '../common/fields';
import { CancelLiftButton } from './CancelLiftButton';
import { LiftScopeField, LiftStatusField } from './LiftFields';

const LiftActions = () => (
  <TopToolbar>
    <CancelLiftButton />
  </TopToolbar>
);

/** Who cancelled the lift and why, once it is cancelled. */
const Cancellation = () => {
  const lift = useRecordContext<AdminLift>();
  if (!lift?.cancelledAt) return null;
  return (
    <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
      <Labeled source="cancelledAt">
        <DateTimeField source="cancelledAt" />
      </Labeled>
      <Labeled source="cancelledBy">
        <EnumField source="cancelledBy" prefix="qorgau.lift.cancelled_by" />
      </Labeled>
      {lift.cancelReason ? (
        <Labeled source="cancelReason">
          <TextField source="cancelReason" />
        </Labeled>
      ) : null}
    </Box>
  );
};

/** One lift request, with the cancel action a reviewer takes when coercion is suspected. */
export const LiftShow = () => (
  <Show<AdminLift> actions={<LiftActions />}>
    <SimpleShowLayout>
      <TextField source="personRef" />
      <LiftStatusField label="resources.lifts.fields.status" />
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Labeled source="kind">
          <EnumField source="kind" prefix="qorgau.lift.kind" />
        </Labeled>
        <Labeled source="scope">
          <LiftScopeField />
        </Labeled>
      </Box>
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Labeled source="createdAt">
          <DateTimeField source="createdAt" />
        </Labeled>
        <Labeled source="from">
          <DateTimeField source="from" />
        </Labeled>
        <Labeled source="effectiveAt">
          <DateTimeField source="effectiveAt" />
        </Labeled>
        <Labeled source="until">
          <DateTimeField source="until" />
        </Labeled>
      </Box>
      <Cancellation />
    </SimpleShowLayout>
  </Show>
);
