import type { AdminDispute } from '@qorgau/shared';
import { Box } from '@mui/material';
import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { DateTimeField, EnumField } from '../common/fields';
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
    <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
      <Labeled source="decidedAt">
        <DateTimeField source="decidedAt" />
      </Labeled>
      <Labeled source="decidedByEmail">
        <TextField source="decidedByEmail" />
      </Labeled>
      <Labeled source="decisionReason">
        <TextField source="decisionReason" />
      </Labeled>
    </Box>
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
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Labeled source="personRef">
          <TextField source="personRef" />
        </Labeled>
        <Labeled source="createdAt">
          <DateTimeField source="createdAt" />
        </Labeled>
        <Labeled source="reason">
          <EnumField source="reason" prefix="qorgau.dispute.reason" />
        </Labeled>
      </Box>
      <TextField source="text" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <Decision />
    </SimpleShowLayout>
  </Show>
);
