import { useId, useState, type FormEvent } from 'react';
import { Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import type { BankKeyInput, IsoDateTime } from '@qorgau/shared';
import { useLocaleState, useTranslate } from 'react-admin';
import { formattingLocale, NUMERIC_DATE } from '../i18n/formatting';

/**
 * Kazakhstan has kept one time zone, UTC+05:00 without daylight saving, since 2024-03-01. A fixed
 * offset rather than `Asia/Almaty` so that a browser with older time-zone data (which still has
 * Almaty at +06:00) reads and writes the same days as the server.
 */
const ALMATY_OFFSET = '+05:00';
const ALMATY_OFFSET_MS = 5 * 60 * 60 * 1000;

/** The calendar day in Almaty at `instant`, as `YYYY-MM-DD` (what a date input holds). */
const almatyDay = (instant: number): string => new Date(instant + ALMATY_OFFSET_MS).toISOString().slice(0, 10);

/**
 * A key issued "until" a day works through that whole day, Almaty time: it is sent as
 * `<day>T23:59:59+05:00`, the last second of the day.
 */
const endOfAlmatyDay = (day: string): IsoDateTime => `${day}T23:59:59${ALMATY_OFFSET}`;

export const hasExpired = (expiresAt: IsoDateTime | null, now = Date.now()): boolean =>
  expiresAt !== null && Date.parse(expiresAt) <= now;

/** The Almaty day a key stops working on, written numerically in the reader's locale. */
const useExpiryDay = () => {
  const [locale] = useLocaleState();
  // The day is already Almaty's: format it as a UTC midnight so the reader's own zone cannot shift it.
  const format = new Intl.DateTimeFormat(formattingLocale(locale), { ...NUMERIC_DATE, timeZone: 'UTC' });
  return (expiresAt: IsoDateTime) => format.format(new Date(`${almatyDay(Date.parse(expiresAt))}T00:00:00Z`));
};

/** A key's expiry for the keys table: the day, flagged once it has passed, or "no expiry". */
export const KeyExpiry = ({ expiresAt }: { expiresAt: IsoDateTime | null }) => {
  const translate = useTranslate();
  const expiryDay = useExpiryDay();
  if (expiresAt === null) return <>{translate('qorgau.banks.no_expiry')}</>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <span>{expiryDay(expiresAt)}</span>
      {hasExpired(expiresAt) && <Chip size="small" variant="outlined" label={translate('qorgau.banks.expired')} />}
    </Stack>
  );
};

/** The line under a freshly issued key saying how long it works. */
export const NewKeyExpiry = ({ expiresAt }: { expiresAt: IsoDateTime | null }) => {
  const translate = useTranslate();
  const expiryDay = useExpiryDay();
  return (
    <Typography variant="body2" sx={{ mt: 2 }} data-testid="new-key-expiry">
      {expiresAt === null ? translate('qorgau.banks.no_expiry_long') : translate('qorgau.banks.valid_until', { date: expiryDay(expiresAt) })}
    </Typography>
  );
};

/**
 * Issuing a key: the administrator may give the last day it works (empty: it never expires). A day
 * already past is refused here; anything else the server refuses (a 400) reaches `onIssue`'s caller,
 * which notifies it and leaves this dialog open.
 */
export const IssueKeyDialog = ({ onIssue, onClose }: { onIssue: (input: BankKeyInput) => Promise<boolean>; onClose: () => void }) => {
  const translate = useTranslate();
  const titleId = useId();
  const [day, setDay] = useState('');
  const [saving, setSaving] = useState(false);
  const today = almatyDay(Date.now());
  // `YYYY-MM-DD` strings order as the days do.
  const error = day !== '' && day < today ? translate('qorgau.banks.expiry_past') : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (error || saving) return;
    setSaving(true);
    const issued = await onIssue({ expiresAt: day === '' ? null : endOfAlmatyDay(day) });
    if (!issued) setSaving(false);
  };

  return (
    <Dialog open onClose={saving ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate('qorgau.banks.issue_title')}</DialogTitle>
        <DialogContent>
          <TextField
            type="date"
            fullWidth
            sx={{ mt: 1 }}
            label={translate('qorgau.banks.expires_on')}
            value={day}
            onChange={(event) => setDay(event.target.value)}
            error={error !== null}
            helperText={error ?? translate('qorgau.banks.expires_help')}
            disabled={saving}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving}>
            {translate('ra.action.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={saving || error !== null}>
            {translate('qorgau.banks.issue')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
};
