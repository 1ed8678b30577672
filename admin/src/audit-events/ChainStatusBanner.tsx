import { Alert, AlertTitle, Button, LinearProgress } from '@mui/material';
import type { AuditChainReport } from '@qorgau/shared';
import { useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { useApiGet } from '../common/useApiGet';
import { formattingLocale, NUMERIC_DATE_TIME } from '../i18n/formatting';

/**
 * Whether the audit trail's hash chain is intact (GET /admin/audit-events/verification): green
 * with the number of events checked, or red naming the first event where it breaks and why; and
 * the latest head the registry signed, with whether its signature and hash still hold.
 */
export const ChainStatusBanner = () => {
  // Not for a role that may not read the trail (a deep link): the page says "access denied" alone.
  const { canAccess } = useCanAccess({ resource: 'audit-events', action: 'list' });
  return canAccess ? <ChainStatus /> : null;
};

const ChainStatus = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const report = useApiGet<AuditChainReport>('/api/v1/admin/audit-events/verification');
  const numbers = new Intl.NumberFormat(formattingLocale(locale));
  const time = new Intl.DateTimeFormat(formattingLocale(locale), NUMERIC_DATE_TIME);
  const again = (
    <Button color="inherit" size="small" onClick={report.retry}>
      {translate('qorgau.audit.verify_again')}
    </Button>
  );

  if (report.status === 'loading') {
    return <LinearProgress sx={{ mt: 2 }} aria-label={translate('qorgau.audit.verifying')} />;
  }
  if (report.status === 'error') {
    return (
      <Alert severity="warning" sx={{ mt: 2 }} action={again} data-testid="audit-chain-status">
        {translate('qorgau.audit.verification_failed')}
      </Alert>
    );
  }
  const { intact, checked, firstBrokenId, reason, verifiedAt, latestSignedHead } = report.data;
  return (
    <Alert
      severity={intact ? 'success' : 'error'}
      variant={intact ? 'standard' : 'filled'}
      sx={{ mt: 2 }}
      action={again}
      role={intact ? 'status' : 'alert'}
      data-testid="audit-chain-status"
      data-intact={intact}
    >
      <AlertTitle>
        {intact
          ? translate('qorgau.audit.chain_intact', { smart_count: checked, count: numbers.format(checked) })
          : translate('qorgau.audit.chain_broken', { id: firstBrokenId ?? '?' })}
      </AlertTitle>
      {intact ? null : <>{reason}<br /></>}
      {translate('qorgau.audit.verified_at', { time: time.format(new Date(verifiedAt)) })}
      <br />
      <span data-testid="audit-signed-head" data-verified={latestSignedHead?.verified ?? false}>
        {latestSignedHead
          ? translate(latestSignedHead.verified ? 'qorgau.audit.signed_head_verified' : 'qorgau.audit.signed_head_not_verified', {
              id: latestSignedHead.headId || '?',
              time: time.format(new Date(latestSignedHead.signedAt)),
              kid: latestSignedHead.kid || '?',
              hash: latestSignedHead.headHash.slice(0, 16),
            })
          : translate('qorgau.audit.no_signed_head')}
      </span>
    </Alert>
  );
};
