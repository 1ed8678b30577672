import type { AdminDispute } from '@qorgau/shared';
import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { FieldRow, LabeledDateTime, LabeledEnum } from '../common/ShowLayout';
import { DecideDisputeButton } from './DecideDisputeButton';
import { DisputeStatusField } from './DisputeFields';

const DisputeActions = () => (
  <TopToolbar>
    <DecideDisputeButton />
  </TopToolbar>
);

/** The decision, once taken: by whom, when, and the reason the citizen reads. */
const Decision = () => {
  const dispute = useRecordContext<AdminDispute>();
  if (!dispute?.decidedAt) return null;
  return (
    <FieldRow>
      <LabeledDateTime source="decidedAt" />
      <Labeled source="decidedByEmail">
        <TextField source="decidedByEmail" />
      </Labeled>
      <Labeled source="decisionReason">
        <TextField source="decisionReason" />
      </Labeled>
    </FieldRow>
  );
};

/** One dispute: what the person says, about which breach, and the decision. */
export const DisputeShow = () => (
  <Show<AdminDispute> actions={<DisputeActions />}>
    <SimpleShowLayout>
      <DisputeStatusField label="resources.disputes.fields.status" />
      <ReferenceField source="breachId" reference="breaches" link="show">
        <TextField source="title" />
      </ReferenceField>
      <TextField source="companyName" />
      <FieldRow>
        <Labeled source="personRef">
          <TextField source="personRef" />
        </Labeled>
        <LabeledDateTime source="createdAt" />
        <LabeledEnum source="reason" prefix="qorgau.dispute.reason" />
      </FieldRow>
      <TextField source="text" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <Decision />
    </SimpleShowLayout>
  </Show>
);
