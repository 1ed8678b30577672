import { useEffect, useState } from 'react';
import { Alert, LinearProgress, Stack } from '@mui/material';
import type { ConfirmationDryRunRequest, ConfirmationImpact } from '@qorgau/shared';
import { useLocaleState, useTranslate } from 'react-admin';
import { httpClient } from '../dataProvider';
import { formattingLocale, NUMERIC_DATE_TIME } from '../i18n/formatting';

type ImpactState = { status: 'loading' } | { status: 'ready'; impact: ConfirmationImpact } | { status: 'error' };

/**
 * What confirming the breach would do (SPEC §3.9), from the transition's dry run: how many people
 * it restricts and until when, how many are restricted already, and whether a second regulator
 * must approve it. Shown in the confirm (and approve) dialog before anyone decides.
 */
export const ConfirmationImpactNotice = ({ breachId }: { breachId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [state, setState] = useState<ImpactState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    const body: ConfirmationDryRunRequest = { to: 'confirmed', dryRun: true };
    httpClient(`/api/v1/admin/breaches/${encodeURIComponent(breachId)}/transitions`, { method: 'POST', body: JSON.stringify(body) })
      .then(({ json }) => !cancelled && setState({ status: 'ready', impact: json as ConfirmationImpact }))
      .catch(() => !cancelled && setState({ status: 'error' }));
    return () => {
      cancelled = true;
    };
  }, [breachId]);

  if (state.status === 'loading') {
    return (
      <Stack spacing={1} sx={{ mt: 2 }}>
        <LinearProgress aria-label={translate('qorgau.impact.loading')} />
      </Stack>
    );
  }
  if (state.status === 'error') {
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate('qorgau.impact.error')}
      </Alert>
    );
  }
  const numbers = new Intl.NumberFormat(formattingLocale(locale));
  const time = new Intl.DateTimeFormat(formattingLocale(locale), NUMERIC_DATE_TIME);
  const { impact } = state;
  return (
    <Stack spacing={1} sx={{ mt: 2 }} data-testid="confirmation-impact">
      <Alert severity="info">
        <span data-testid="impact-would-restrict" data-count={impact.wouldRestrict}>
          {translate('qorgau.impact.would_restrict', { count: numbers.format(impact.wouldRestrict), until: time.format(new Date(impact.restrictedUntil)) })}
        </span>{' '}
        {impact.alreadyRestricted > 0 ? translate('qorgau.impact.already_restricted', { count: numbers.format(impact.alreadyRestricted) }) : null}
      </Alert>
      {impact.needsApproval ? (
        <Alert severity="warning" data-testid="impact-needs-approval">
          {translate('qorgau.impact.needs_approval', { threshold: numbers.format(impact.approvalThreshold) })}
        </Alert>
      ) : null}
    </Stack>
  );
};
