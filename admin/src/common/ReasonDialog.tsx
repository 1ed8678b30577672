import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, type ButtonProps } from '@mui/material';
import { REVIEW_REASON_MAX_LENGTH } from '@qorgau/shared';
import { useLogoutIfAccessDenied, useNotify, useRefresh, useTranslate } from 'react-admin';

interface ReasonDialogProps {
  /** Translation keys. */
  title: string;
  submitLabel: string;
  reasonHelp: string;
  done: string;
  submitColor?: ButtonProps['color'];
  /** What the dialog is about, and any other choice to make (above the reason). */
  children?: ReactNode;
  /** Whether the choices in `children` are complete. */
  ready?: boolean;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/**
 * A reviewer's decision that needs a reason the citizen will read (cancelling a lift, deciding a
 * dispute): the reason is required, the server's refusal (e.g. 409 "already decided") is shown as
 * it says it, and the page is refreshed either way.
 */
export const ReasonDialog = ({ title, submitLabel, reasonHelp, done, submitColor = 'primary', children, ready = true, onSubmit, onClose }: ReasonDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const trimmed = reason.trim();
  const error =
    trimmed === ''
      ? translate('qorgau.review.reason_required')
      : trimmed.length > REVIEW_REASON_MAX_LENGTH
        ? translate('ra.validation.maxLength', { max: REVIEW_REASON_MAX_LENGTH })
        : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (error || !ready || saving) return;
    setSaving(true);
    try {
      await onSubmit(trimmed);
      notify(done, { type: 'success' });
      onClose();
    } catch (failure) {
      void logoutIfAccessDenied(failure);
      const message = failure instanceof Error && failure.message ? failure.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
      setSaving(false);
    }
    refresh();
  };

  return (
    <Dialog open onClose={saving ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
        <DialogContent>
          {children}
          <TextField
            autoFocus
            required
            fullWidth
            multiline
            minRows={3}
            sx={{ mt: 2 }}
            label={translate('qorgau.review.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && !!error}
            helperText={touched && error ? error : translate(reasonHelp)}
            disabled={saving}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving}>
            {translate('ra.action.cancel')}
          </Button>
          <Button type="submit" variant="contained" color={submitColor} disabled={saving || !ready}>
            {translate(submitLabel)}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
};
