import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField, type ButtonProps } from '@mui/material';
import { REVIEW_REASON_MAX_LENGTH } from '@qorgau/shared';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { useNotifyFailure } from './useNotifyFailure';

interface ReasonDialogProps {
  /** Translation keys. */
  title: string;
  submitLabel: string;
  reasonHelp: string;
  reasonHelpArgs?: Record<string, unknown>;
  /** Shown when the reason is missing; by default, that the citizen will read it. */
  reasonRequired?: string;
  reasonMaxLength?: number;
  /** Fewer characters than this are refused (translation key `qorgau.lifecycle.reason_too_short`); 1 by default. */
  reasonMinLength?: number;
  done: string;
  doneArgs?: Record<string, unknown>;
  submitColor?: ButtonProps['color'];
  /** What the dialog is about, read out as the dialog's description. */
  description?: ReactNode;
  /** Any other choice to make, or a warning (above the reason). */
  children?: ReactNode;
  /** Whether the choices in `children` are complete. */
  ready?: boolean;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/**
 * A decision that needs a reason (a breach's lifecycle move; cancelling a lift or deciding a dispute,
 * whose reason the citizen reads): the reason is required, the server's refusal (e.g. 409 "already
 * decided", or a move the lifecycle no longer allows) is shown as it says it, and the page is
 * refreshed either way.
 */
export const ReasonDialog = ({
  title,
  submitLabel,
  reasonHelp,
  reasonHelpArgs,
  reasonRequired = 'qorgau.review.reason_required',
  reasonMaxLength = REVIEW_REASON_MAX_LENGTH,
  reasonMinLength = 1,
  done,
  doneArgs,
  submitColor = 'primary',
  description,
  children,
  ready = true,
  onSubmit,
  onClose,
}: ReasonDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyFailure = useNotifyFailure();
  const titleId = useId();
  const descriptionId = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const trimmed = reason.trim();
  const error =
    trimmed === ''
      ? translate(reasonRequired)
      : trimmed.length < reasonMinLength
        ? translate('qorgau.lifecycle.reason_too_short', { min: reasonMinLength })
        : trimmed.length > reasonMaxLength
        ? translate('ra.validation.maxLength', { max: reasonMaxLength })
        : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (error || !ready || saving) return;
    setSaving(true);
    try {
      await onSubmit(trimmed);
      notify(done, { type: 'success', messageArgs: doneArgs });
      onClose();
    } catch (failure) {
      notifyFailure(failure);
      setSaving(false);
    }
    refresh();
  };

  return (
    <Dialog
      open
      onClose={saving ? undefined : onClose}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      fullWidth
      maxWidth="sm"
    >
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
        <DialogContent>
          {description ? (
            <DialogContentText id={descriptionId} component="div">
              {description}
            </DialogContentText>
          ) : null}
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
            helperText={touched && error ? error : translate(reasonHelp, reasonHelpArgs)}
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
