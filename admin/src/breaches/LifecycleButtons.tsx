import { useId, useState, type FormEvent } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import type { Breach, BreachStatus, BreachTransitionRequest } from '@qorgau/shared';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
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
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const descriptionId = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const trimmed = reason.trim();
  const error =
    trimmed === ''
      ? translate('qorgau.lifecycle.reason_required')
      : trimmed.length > REASON_MAX_LENGTH
        ? translate('ra.validation.maxLength', { max: REASON_MAX_LENGTH })
        : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (error || saving) return;
    setSaving(true);
    const body: BreachTransitionRequest = { to, reason: trimmed };
    try {
      await httpClient(`/api/v1/admin/breaches/${encodeURIComponent(breach.id)}/transitions`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      notify('qorgau.lifecycle.done', {
        type: 'success',
        messageArgs: { status: translate(`qorgau.status.${to}`) },
      });
      onClose();
      refresh();
    } catch (failure) {
      // 409: the lifecycle does not allow it (anymore): the server's sentence names the allowed moves.
      const message = failure instanceof Error && failure.message ? failure.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
      setSaving(false);
      refresh();
    }
  };

  return (
    <Dialog open onClose={saving ? undefined : onClose} aria-labelledby={titleId} aria-describedby={descriptionId} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate(`qorgau.lifecycle.move.${to}`)}</DialogTitle>
        <DialogContent>
          <DialogContentText id={descriptionId} component="div" sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2, flexWrap: 'wrap' }}>
            <span>{translate('qorgau.lifecycle.from_to')}</span>
            <BreachStatusChip status={breach.status} />
            <span aria-hidden>→</span>
            <BreachStatusChip status={to} />
          </DialogContentText>
          <TextField
            autoFocus
            required
            fullWidth
            multiline
            minRows={3}
            label={translate('qorgau.lifecycle.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && !!error}
            helperText={touched && error ? error : translate('qorgau.lifecycle.reason_help')}
            disabled={saving}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving}>
            {translate('ra.action.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {translate('qorgau.lifecycle.submit')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
};
