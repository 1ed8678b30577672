import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled } from 'react-admin';
import { DateTimeField, EnumField, NumberValueField } from './fields';

/** Labelled fields of a show page side by side, wrapping on narrow screens. */
export const FieldRow = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>{children}</Box>
);

/** A number of the record with its label, for a {@link FieldRow}. */
export const LabeledNumber = ({ source }: { source: string }) => (
  <Labeled source={source}>
    <NumberValueField source={source} />
  </Labeled>
);

/** An instant of the record with its label, for a {@link FieldRow}. */
export const LabeledDateTime = ({ source }: { source: string }) => (
  <Labeled source={source}>
    <DateTimeField source={source} />
  </Labeled>
);

/** A value of a closed vocabulary, translated as `<prefix>.<value>`, with its label, for a {@link FieldRow}. */
export const LabeledEnum = ({ source, prefix }: { source: string; prefix: string }) => (
  <Labeled source={source}>
    <EnumField source={source} prefix={prefix} />
  </Labeled>
);

/** When the record was created and last changed, with their labels, for a {@link FieldRow}. */
export const RecordTimestamps = () => (
  <>
    <LabeledDateTime source="createdAt" />
    <LabeledDateTime source="updatedAt" />
  </>
);
