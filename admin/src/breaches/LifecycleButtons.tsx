import { useState } from 'react';
import { Box, Button, Stack } from '@mui/material';
import type { Breach, BreachStatus, BreachTransitionRequest } from '@qorgau/shared';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { httpClient } from '../dataProvider';
import { BreachStatusChip } from './BreachStatusChip';
import { ALLOWED_TRANSITIONS, REASON_MAX_LENGTH } from './lifecycle';

/**
 * The moves the lifecycle allows from the breach's current status (SPEC §3.1), one button each,
 * for the roles that may move breaches (admin, analyst). Each asks for a reason first.
 */
export const LifecycleButtons = () => {
  const record = useRecordContext<Breach>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'breaches', action: 'transition' });
  const [target, setTarget] = useState<BreachStatus | null>(null);
  if (!record || !canAccess) return null;
  const moves = ALLOWED_TRANSITIONS[record.status] ?? [];
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
      {target ? <TransitionDialog breach={record} to={target} onClose={() => setTarget(null)} /> : null}
    </>
  );
};

const TransitionDialog = ({ breach, to, onClose }: { breach: Breach; to: BreachStatus; onClose: () => void }) => {
  const translate = useTranslate();
  const move = (reason: string) => {
    const body: BreachTransitionRequest = { to, reason };
    return httpClient(`/api/v1/admin/breaches/${encodeURIComponent(breach.id)}/transitions`, { method: 'POST', body: JSON.stringify(body) });
  };
  return (
    <ReasonDialog
      title={`qorgau.lifecycle.move.${to}`}
      submitLabel="qorgau.lifecycle.submit"
      reasonHelp="qorgau.lifecycle.reason_help"
      reasonRequired="qorgau.lifecycle.reason_required"
      reasonMaxLength={REASON_MAX_LENGTH}
      done="qorgau.lifecycle.done"
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
    />
  );
};
