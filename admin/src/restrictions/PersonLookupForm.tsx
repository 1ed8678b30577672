import { useState, type FormEvent } from 'react';
import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { isValidIin, LOOKUP_REASON_MAX_LENGTH, LOOKUP_REASON_MIN_LENGTH } from '@qorgau/shared';
import { useListContext, useTranslate } from 'react-admin';

/**
 * A person look-up (SPEC §3.9): the IIN and why, sent together only when the regulator asks, so
 * that typing makes no look-ups of its own. Each look-up is audited and counted toward the
 * account's hourly limit by the API.
 */
export const PersonLookupForm = () => {
  const translate = useTranslate();
  const { filterValues, setFilters } = useListContext();
  const [iin, setIin] = useState('');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const iinError = isValidIin(iin.trim()) ? null : translate('qorgau.restriction.lookup_iin_invalid');
  const reasonError = reason.trim().length < LOOKUP_REASON_MIN_LENGTH ? translate('qorgau.lifecycle.reason_too_short', { min: LOOKUP_REASON_MIN_LENGTH }) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (iinError || reasonError) return;
    setFilters({ ...withoutPerson(filterValues), iin: iin.trim(), reason: reason.trim() }, {}, false);
  };
  const clear = () => {
    setIin('');
    setReason('');
    setTouched(false);
    setFilters(withoutPerson(filterValues), {}, false);
  };

  return (
    <Box component="form" onSubmit={submit} noValidate aria-labelledby="person-lookup-heading" sx={{ p: 2 }}>
      <Typography id="person-lookup-heading" component="h2" variant="subtitle1" gutterBottom>
        {translate('qorgau.restriction.lookup_heading')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems="flex-start">
        <TextField
          label={translate('resources.restrictions.fields.iin')}
          value={iin}
          onChange={(event) => setIin(event.target.value)}
          error={touched && !!iinError}
          helperText={touched && iinError ? iinError : translate('qorgau.restriction.iin_help')}
          autoComplete="off"
          inputProps={{ inputMode: 'numeric', maxLength: 12 }}
        />
        <TextField
          label={translate('qorgau.restriction.lookup_reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={touched && !!reasonError}
          helperText={touched && reasonError ? reasonError : translate('qorgau.restriction.lookup_reason_help', { min: LOOKUP_REASON_MIN_LENGTH })}
          inputProps={{ maxLength: LOOKUP_REASON_MAX_LENGTH }}
          sx={{ flex: 1, minWidth: 280 }}
        />
        <Stack direction="row" spacing={1} sx={{ pt: 1 }}>
          <Button type="submit" variant="contained">
            {translate('qorgau.restriction.lookup_submit')}
          </Button>
          <Button onClick={clear}>{translate('qorgau.restriction.lookup_clear')}</Button>
        </Stack>
      </Stack>
    </Box>
  );
};

const withoutPerson = (filter: Record<string, unknown>): Record<string, unknown> => {
  const { iin: _iin, reason: _reason, ...rest } = filter;
  return rest;
};
