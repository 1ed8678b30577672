import { Box, Chip, Stack, Typography } from '@mui/material';
import DoneIcon from '@mui/icons-material/Done';
import BlockIcon from '@mui/icons-material/Block';
import { DateField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formattingLocale, NUMERIC_DATE, NUMERIC_DATE_TIME } from '../i18n/formatting';

/**
 * Small read-only fields shared by the resources. Each takes `source` (and optionally `label`) so
 * that react-admin's show layouts and tables label them like their own fields.
 */
interface SourceProps {
  source: string;
  label?: string;
}

const valueOf = (record: Record<string, unknown> | undefined, source: string): unknown => record?.[source];

/** A UTC timestamp in the reader's time zone, written numerically (see i18n/formatting.ts). */
export const DateTimeField = ({ source, dateOnly = false }: SourceProps & { dateOnly?: boolean }) => {
  const [locale] = useLocaleState();
  return (
    <DateField
      source={source}
      showTime={!dateOnly}
      locales={formattingLocale(locale)}
      options={dateOnly ? NUMERIC_DATE : NUMERIC_DATE_TIME}
      emptyText="—"
    />
  );
};

/** Yes/No in words as well as an icon, so screen readers announce it too. */
export const YesNo = ({ value, emphasise = false }: { value: boolean; emphasise?: boolean }) => {
  const translate = useTranslate();
  const Icon = value ? DoneIcon : BlockIcon;
  const colour = value ? (emphasise ? 'error.main' : 'success.main') : 'text.secondary';
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: colour }}>
      <Icon fontSize="small" aria-hidden />
      <Typography component="span" variant="body2" sx={{ color: emphasise && value ? 'error.main' : 'text.primary', fontWeight: emphasise && value ? 600 : undefined }}>
        {translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}
      </Typography>
    </Box>
  );
};

/** A boolean field of the record as <YesNo>; `emphasise` paints "yes" as a warning (e.g. a late report). */
export const YesNoField = ({ source, emphasise }: SourceProps & { emphasise?: boolean }) => {
  const record = useRecordContext();
  const value = valueOf(record, source);
  if (typeof value !== 'boolean') return null;
  return <YesNo value={value} emphasise={emphasise} />;
};

/** One value of a closed vocabulary (sector, role, …), translated as `<prefix>.<value>`. */
export const EnumField = ({ source, prefix }: SourceProps & { prefix: string }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  const value = valueOf(record, source);
  return (
    <Typography component="span" variant="body2">
      {typeof value === 'string' && value !== '' ? translate(`${prefix}.${value}`, { _: value }) : '—'}
    </Typography>
  );
};

/** Several values of a closed vocabulary (data classes) as small chips, translated. */
export const EnumArrayField = ({ source, prefix }: SourceProps & { prefix: string }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  const values = valueOf(record, source);
  if (!Array.isArray(values) || values.length === 0) {
    return (
      <Typography component="span" variant="body2">
        —
      </Typography>
    );
  }
  return (
    <Stack direction="row" useFlexGap flexWrap="wrap" spacing={0.5} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {values.map((value: string) => (
        <li key={value}>
          <Chip size="small" variant="outlined" label={translate(`${prefix}.${value}`, { _: value })} />
        </li>
      ))}
    </Stack>
  );
};

/** A number in the reader's locale ("12 345"), or a dash when there is none. */
export const NumberValue = ({ value }: { value: number | null | undefined }) => {
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant="body2">
      {value === null || value === undefined ? '—' : new Intl.NumberFormat(formattingLocale(locale)).format(value)}
    </Typography>
  );
};

export const NumberValueField = ({ source }: SourceProps) => {
  const record = useRecordContext();
  const value = valueOf(record, source);
  return <NumberValue value={typeof value === 'number' ? value : null} />;
};
