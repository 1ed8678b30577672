import type { AdminLift } from '@qorgau/shared';
import { Labeled, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { FieldRow, LabeledDateTime, LabeledEnum } from '../common/ShowLayout';
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
    <FieldRow>
      <LabeledDateTime source="cancelledAt" />
      <LabeledEnum source="cancelledBy" prefix="qorgau.lift.cancelled_by" />
      {lift.cancelReason ? (
        <Labeled source="cancelReason">
          <TextField source="cancelReason" />
        </Labeled>
      ) : null}
    </FieldRow>
  );
};

/** One lift request, with the cancel action a reviewer takes when coercion is suspected. */
export const LiftShow = () => (
  <Show<AdminLift> actions={<LiftActions />}>
    <SimpleShowLayout>
      <TextField source="personRef" />
      <LiftStatusField label="resources.lifts.fields.status" />
      <FieldRow>
        <LabeledEnum source="kind" prefix="qorgau.lift.kind" />
        <Labeled source="scope">
          <LiftScopeField />
        </Labeled>
      </FieldRow>
      <FieldRow>
        <LabeledDateTime source="createdAt" />
        <LabeledDateTime source="from" />
        <LabeledDateTime source="effectiveAt" />
        <LabeledDateTime source="until" />
      </FieldRow>
      <Cancellation />
    </SimpleShowLayout>
  </Show>
);
