import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled } from 'react-admin';
import { DateTimeField, NumberValueField } from './fields';

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

/** When the record was created and last changed, with their labels, for a {@link FieldRow}. */
export const RecordTimestamps = () => (
  <>
    <Labeled source="createdAt">
      <DateTimeField source="createdAt" />
    </Labeled>
    <Labeled source="updatedAt">
      <DateTimeField source="updatedAt" />
    </Labeled>
  </>
);
