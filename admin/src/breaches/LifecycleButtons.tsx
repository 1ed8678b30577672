import { useState, type ReactNode } from 'react';
import { Alert, Box, Button, Stack } from '@mui/material';
import { DECLINE_REASON_MIN_LENGTH, type Breach, type BreachStatus, type BreachTransition, type BreachTransitionRequest } from '@qorgau/shared';
import { useCanAccess, useGetIdentity, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { useApiGet } from '../common/useApiGet';
import { httpClient } from '../dataProvider';
import { formattingLocale, NUMERIC_DATE_TIME } from '../i18n/formatting';
import { BreachStatusChip } from './BreachStatusChip';
import { ConfirmationImpactNotice } from './ConfirmationImpactNotice';
import { REASON_MAX_LENGTH, requestableMoves } from './lifecycle';

/**
 * The moves the lifecycle allows from the breach's current status (SPEC §3.1), one button each,
 * for the roles that may move breaches (admin, analyst). Each asks for a reason first; a
 * confirmation shows its impact (the dry run) before it is asked for. A breach awaiting a second
 * approval (SPEC §3.9) has its own panel instead ({@link AwaitingApprovalPanel}).
 */
export const LifecycleButtons = () => {
  const record = useRecordContext<Breach>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'breaches', action: 'transition' });
  const [target, setTarget] = useState<BreachStatus | null>(null);
  if (!record || !canAccess || record.status === 'awaiting-approval') return null;
  const moves = requestableMoves(record.status);
  if (moves.length === 0) return null;
  return (
    <>
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" role="group" aria-label={translate('qorgau.lifecycle.actions')}>
        {moves.map((to) => (
          <Button
            key={to}
            variant={to === 'rejected' || to === 'retracted' ? 'outlined' : 'contained'}
            color={to === 'rejected' || to === 'retracted' ? 'error' : 'primary'}
            onClick={() => setTarget(to)}
          >
            {translate(`qorgau.lifecycle.move.${to}`)}
          </Button>
        ))}
      </Stack>
      {target ? <TransitionDialog breach={record} to={target} title={`qorgau.lifecycle.move.${target}`} onClose={() => setTarget(null)} /> : null}
    </>
  );
};

/**
 * A breach awaiting a second approval (SPEC §3.9): who asked and when, for everyone; Approve for
 * an admin or analyst other than the one who asked, and Decline (with a reason) for any of them.
 */
export const AwaitingApprovalPanel = () => {
  const record = useRecordContext<Breach>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess } = useCanAccess({ resource: 'breaches', action: 'transition' });
  const { identity } = useGetIdentity();
  const [dialog, setDialog] = useState<'approve' | 'decline' | null>(null);
  const timeline = useApiGet<BreachTransition[]>(`/api/v1/admin/breaches/${encodeURIComponent(record?.id ?? '')}/transitions`, [record?.version]);
  if (!record || record.status !== 'awaiting-approval' || timeline.status !== 'ready') return null;
  const request = timeline.data.findLast((move) => move.to === 'awaiting-approval');
  const ownRequest = request !== undefined && identity?.id === request.actorId;
  const time = new Intl.DateTimeFormat(formattingLocale(locale), NUMERIC_DATE_TIME);
  return (
    <Stack spacing={1.5} sx={{ mb: 2 }} data-testid="awaiting-approval">
      <Alert severity="warning">
        {request ? translate('qorgau.lifecycle.awaiting', { email: request.actorEmail, time: time.format(new Date(request.at)) }) : null}
      </Alert>
      {canAccess && ownRequest ? <Alert severity="info">{translate('qorgau.lifecycle.own_request')}</Alert> : null}
      {canAccess ? (
        <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" role="group" aria-label={translate('qorgau.lifecycle.actions')}>
          {ownRequest ? null : (
            <Button variant="contained" onClick={() => setDialog('approve')}>
              {translate('qorgau.lifecycle.approve')}
            </Button>
          )}
          <Button variant="outlined" color="error" onClick={() => setDialog('decline')}>
            {translate('qorgau.lifecycle.decline')}
          </Button>
        </Stack>
      ) : null}
      {dialog === 'approve' ? (
        <TransitionDialog breach={record} to="confirmed" title="qorgau.lifecycle.approve" done="qorgau.lifecycle.approve_done" onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'decline' ? (
        <TransitionDialog
          breach={record}
          to="investigating"
          title="qorgau.lifecycle.decline"
          done="qorgau.lifecycle.decline_done"
          reasonHelp="qorgau.lifecycle.decline_help"
          reasonMinLength={DECLINE_REASON_MIN_LENGTH}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Stack>
  );
};

interface TransitionDialogProps {
  breach: Breach;
  to: BreachStatus;
  title: string;
  done?: string;
  reasonHelp?: string;
  reasonMinLength?: number;
  onClose: () => void;
}

const TransitionDialog = ({ breach, to, title, done = 'qorgau.lifecycle.done', reasonHelp = 'qorgau.lifecycle.reason_help', reasonMinLength, onClose }: TransitionDialogProps) => {
  const translate = useTranslate();
  const move = (reason: string) => {
    const body: BreachTransitionRequest = { to, reason };
    return httpClient(`/api/v1/admin/breaches/${encodeURIComponent(breach.id)}/transitions`, { method: 'POST', body: JSON.stringify(body) });
  };
  const impact: ReactNode = to === 'confirmed' ? <ConfirmationImpactNotice breachId={breach.id} /> : null;
  return (
    <ReasonDialog
      title={title}
      submitLabel="qorgau.lifecycle.submit"
      reasonHelp={reasonHelp}
      reasonHelpArgs={{ min: reasonMinLength }}
      reasonRequired="qorgau.lifecycle.reason_required"
      reasonMaxLength={REASON_MAX_LENGTH}
      reasonMinLength={reasonMinLength}
      done={done}
      doneArgs={{ status: translate(`qorgau.status.${to}`) }}
      description={
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <span>{translate('qorgau.lifecycle.from_to')}</span>
          <BreachStatusChip status={breach.status} />
          <span aria-hidden>→</span>
          <BreachStatusChip status={to} />
        </Box>
      }
      onSubmit={move}
      onClose={onClose}
    >
      {impact}
    </ReasonDialog>
  );
};
