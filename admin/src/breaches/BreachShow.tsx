import { Box, Card, CardContent, Divider, Stack, Typography } from '@mui/material';
import type { Breach } from '@qorgau/shared';
import {
  EditButton,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumArrayField, YesNoField } from '../common/fields';
import { FieldRow, LabeledDateTime, LabeledNumber, RecordTimestamps } from '../common/ShowLayout';
import { BreachStatusField } from './BreachStatusChip';
import { BreachRestrictionProgress } from './BreachRestrictionProgress';
import { BreachTimeline } from './BreachTimeline';
import { BreachUploads } from './BreachUploads';
import { AwaitingApprovalPanel, LifecycleButtons } from './LifecycleButtons';
import { UploadExposuresButton } from './UploadExposuresButton';

const BreachShowActions = () => (
  <TopToolbar>
    <UploadExposuresButton />
    <EditButton />
  </TopToolbar>
);

/** The lifecycle: current status, the allowed moves (for those who may move it), a pending second approval, and the timeline. */
const LifecyclePanel = () => {
  const translate = useTranslate();
  const record = useRecordContext<Breach>();
  if (!record) return null;
  return (
    <Card variant="outlined" component="section" aria-labelledby="breach-lifecycle-heading" sx={{ mt: 2 }}>
      <CardContent>
        <Stack direction="row" spacing={2} useFlexGap alignItems="center" flexWrap="wrap" sx={{ mb: 2 }}>
          <Typography id="breach-lifecycle-heading" component="h2" variant="h6">
            {translate('qorgau.lifecycle.title')}
          </Typography>
          <BreachStatusField source="status" />
          <Box sx={{ flex: 1 }} />
          <LifecycleButtons />
        </Stack>
        <AwaitingApprovalPanel />
        <Divider sx={{ mb: 2 }} />
        <BreachTimeline />
      </CardContent>
    </Card>
  );
};

/** Everything about one breach. Text fields render as text (React escapes them), never as HTML. */
export const BreachShow = () => (
  <Show<Breach> actions={<BreachShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="companyId" reference="companies" link="show" />
      <TextField source="title" component="p" sx={{ fontSize: '1.15rem', fontWeight: 600, overflowWrap: 'anywhere' }} />
      <TextField source="description" component="p" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} />
      <FieldRow>
        <LabeledDateTime source="occurredAt" />
        <LabeledDateTime source="discoveredAt" />
        <LabeledDateTime source="reportedAt" />
        <LabeledNumber source="reportingDelayHours" />
        <Labeled source="reportedLate">
          <YesNoField source="reportedLate" emphasise />
        </Labeled>
      </FieldRow>
      <EnumArrayField source="dataClasses" prefix="qorgau.data_class" />
      <FieldRow>
        <LabeledNumber source="recordsClaimed" />
        <LabeledNumber source="exposureCount" />
        <LabeledNumber source="restrictedCount" />
        <LabeledNumber source="restrictionDays" />
      </FieldRow>
      <FieldRow>
        <Labeled source="published">
          <YesNoField source="published" />
        </Labeled>
        <Labeled source="sensitive">
          <YesNoField source="sensitive" />
        </Labeled>
        <RecordTimestamps />
      </FieldRow>
      <LifecyclePanel />
      <BreachRestrictionProgress />
      <BreachUploads />
    </SimpleShowLayout>
  </Show>
);
