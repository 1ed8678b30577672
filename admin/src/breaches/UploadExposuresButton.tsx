import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import LockIcon from '@mui/icons-material/Lock';
import type { Breach } from '@qorgau/shared';
import { Link, useCanAccess, useCreatePath, useLocaleState, useLogoutIfAccessDenied, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { failureMessage } from '../common/useNotifyFailure';
import { CancelJobButton } from '../ingest-jobs/CancelJobButton';
import { formatBytes, formatPercent } from '../ingest-jobs/format';
import { IngestJobFigures } from '../ingest-jobs/IngestJobFigures';
import { isActive, usePolledIngestJob } from '../ingest-jobs/ingestJobs';
import { UploadAborted, uploadExposures } from './uploadExposures';

/** A rejected or retracted breach was found false: the API refuses loads into it (409). */
const takesUploads = (breach: Breach) => breach.status !== 'rejected' && breach.status !== 'retracted';

/** "Upload identifiers" on the breach page, for the roles that may load files (admin, analyst). */
export const UploadExposuresButton = () => {
  const record = useRecordContext<Breach>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'breaches', action: 'upload' });
  const [open, setOpen] = useState(false);
  if (!record || !canAccess || !takesUploads(record)) return null;
  return (
    <>
      <Button size="small" startIcon={<UploadFileIcon />} onClick={() => setOpen(true)}>
        {translate('qorgau.ingest.upload')}
      </Button>
      {open ? <UploadExposuresDialog breach={record} onClose={() => setOpen(false)} /> : null}
    </>
  );
};

type Phase =
  | { step: 'choose'; error?: string }
  | { step: 'uploading'; loaded: number; total: number; sent: boolean }
  | { step: 'processing'; jobId: string };

/**
 * Two phases, each with its bar: the bytes of the file going up (the browser's own count), then
 * the job the server made of it, asked for every half second until it is done or failed, ending
 * with its counts and a link to its page. The job goes on if the dialog is closed.
 */
const UploadExposuresDialog = ({ breach, onClose }: { breach: Breach; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const refresh = useRefresh();
  const createPath = useCreatePath();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const titleId = useId();
  const descriptionId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const abort = useRef<AbortController | null>(null);
  const { job, error: pollError, replace } = usePolledIngestJob(phase.step === 'processing' ? phase.jobId : null);
  const finished = job !== null && !isActive(job.status);

  // The breach's exposure count and its uploads change when a job finishes: show them.
  useEffect(() => {
    if (finished) refresh();
  }, [finished, refresh]);
  // Closing the page mid-upload stops the upload.
  useEffect(() => () => abort.current?.abort(), []);

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setPhase({ step: 'choose' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || phase.step !== 'choose') return;
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ step: 'uploading', loaded: 0, total: file.size, sent: false });
    try {
      const { jobId } = await uploadExposures(breach.id, file, {
        signal: controller.signal,
        onProgress: ({ loaded, total }) =>
          setPhase((previous) => (previous.step === 'uploading' ? { ...previous, loaded, total } : previous)),
        onSent: () => setPhase((previous) => (previous.step === 'uploading' ? { ...previous, loaded: previous.total, sent: true } : previous)),
      });
      setPhase({ step: 'processing', jobId });
    } catch (failure) {
      if (failure instanceof UploadAborted) {
        setPhase({ step: 'choose', error: translate('qorgau.ingest.upload_cancelled') });
      } else {
        void logoutIfAccessDenied(failure);
        const message = failureMessage(failure);
        setPhase({ step: 'choose', error: translate(message, { _: message }) });
      }
    } finally {
      abort.current = null;
    }
  };

  const uploading = phase.step === 'uploading';
  const fileInput = (
    <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={phase.step !== 'choose'}>
      {translate('qorgau.ingest.choose_file')}
      <input
        type="file"
        hidden
        accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
        onChange={chooseFile}
        data-testid="ingest-file-input"
      />
    </Button>
  );

  return (
    <Dialog
      open
      onClose={uploading ? undefined : onClose}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      fullWidth
      maxWidth="sm"
    >
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate('qorgau.ingest.dialog_title')}</DialogTitle>
        <DialogContent>
          <DialogContentText id={descriptionId} component="div" variant="body2">
            <Typography variant="body2" gutterBottom>
              {translate('qorgau.ingest.format')}
            </Typography>
            <Stack direction="row" spacing={1} alignItems="flex-start" sx={{ color: 'text.secondary' }}>
              <LockIcon fontSize="small" aria-hidden sx={{ mt: 0.25 }} />
              <Typography variant="body2">{translate('qorgau.ingest.privacy')}</Typography>
            </Stack>
          </DialogContentText>

          <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mt: 2 }}>
            {fileInput}
            <Typography variant="body2" data-testid="ingest-file-name" sx={{ overflowWrap: 'anywhere' }}>
              {file ? `${file.name} · ${formatBytes(file.size, locale)}` : translate('qorgau.ingest.no_file')}
            </Typography>
          </Stack>

          {phase.step === 'choose' && phase.error ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {phase.error}
            </Alert>
          ) : null}

          {phase.step === 'uploading' ? (
            <Box sx={{ mt: 3 }} data-testid="ingest-upload-progress">
              <Typography variant="subtitle2">{translate('qorgau.ingest.step_upload')}</Typography>
              <LinearProgress
                variant={phase.sent ? 'indeterminate' : 'determinate'}
                value={phase.total > 0 ? Math.round((phase.loaded / phase.total) * 100) : 0}
                aria-label={translate('qorgau.ingest.step_upload')}
                sx={{ my: 1 }}
              />
              <Typography variant="body2" role="status">
                {phase.sent
                  ? translate('qorgau.ingest.finishing_upload')
                  : translate('qorgau.ingest.uploading', {
                      loaded: formatBytes(phase.loaded, locale),
                      total: formatBytes(phase.total, locale),
                      percent: formatPercent(phase.total > 0 ? phase.loaded / phase.total : 0, locale),
                    })}
              </Typography>
            </Box>
          ) : null}

          {phase.step === 'processing' ? (
            <Box sx={{ mt: 3 }} data-testid="ingest-job">
              <Typography variant="subtitle2" gutterBottom>
                {translate('qorgau.ingest.step_process')}
              </Typography>
              {job ? (
                <IngestJobFigures job={job} />
              ) : pollError ? (
                <Alert severity="warning">{translate('qorgau.ingest.poll_error')}</Alert>
              ) : (
                <LinearProgress aria-label={translate('ra.page.loading')} />
              )}
              {job && isActive(job.status) ? (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {translate('qorgau.ingest.continues_in_background')}
                </Typography>
              ) : null}
            </Box>
          ) : null}
        </DialogContent>
        <DialogActions>
          {phase.step === 'choose' ? (
            <>
              <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
              <Button type="submit" variant="contained" disabled={!file}>
                {translate('qorgau.ingest.start')}
              </Button>
            </>
          ) : null}
          {phase.step === 'uploading' ? (
            <Button color="error" onClick={() => abort.current?.abort()} disabled={phase.sent}>
              {translate('qorgau.ingest.cancel_upload')}
            </Button>
          ) : null}
          {phase.step === 'processing' ? (
            <>
              <CancelJobButton job={job} onCancelled={replace} />
              <Box sx={{ flex: 1 }} />
              <Button component={Link} to={createPath({ resource: 'ingest-jobs', id: phase.jobId, type: 'show' })}>
                {translate('qorgau.ingest.open_job')}
              </Button>
              <Button variant={finished ? 'contained' : 'text'} onClick={onClose}>
                {translate('ra.action.close')}
              </Button>
            </>
          ) : null}
        </DialogActions>
      </Box>
    </Dialog>
  );
};
