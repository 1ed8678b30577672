import { useCallback, useEffect, useState } from 'react';
import { HttpError, useLogoutIfAccessDenied } from 'react-admin';
import type { IngestJob, IngestJobStatus } from '@qorgau/shared';
import { httpClient } from '../dataProvider';

/** How often a job still at work is asked for again. */
export const POLL_INTERVAL_MS = 500;

/** A queued job waits for its merge; a running one reads its file or merges it. */
export const isActive = (status: IngestJobStatus | undefined): boolean => status === 'queued' || status === 'running';

/** What the API writes in `error` when a regulator cancelled the job (translated on screen). */
export const CANCELLED_ERROR = 'cancelled';

export const ingestJobUrl = (id: string) => `/api/v1/admin/ingest-jobs/${encodeURIComponent(id)}`;

/** POST /admin/ingest-jobs/{id}/cancel: the job fails with "cancelled" and nothing of it is kept. */
export const cancelIngestJob = async (id: string): Promise<IngestJob> => {
  const { json } = await httpClient(`${ingestJobUrl(id)}/cancel`, { method: 'POST' });
  return json as IngestJob;
};

/**
 * One job, asked for every POLL_INTERVAL_MS while it is queued or running, then no more. A network
 * hiccup or a 5xx is retried more slowly; a 4xx stops (a 401 signs out, like any API call).
 * `replace` puts a job the caller already has (e.g. the answer to a cancel) on screen.
 */
export const usePolledIngestJob = (jobId: string | null) => {
  const [state, setState] = useState<{ jobId: string | null; job: IngestJob | null; error: unknown }>({ jobId, job: null, error: null });
  const logoutIfAccessDenied = useLogoutIfAccessDenied();

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const { json } = await httpClient(ingestJobUrl(jobId));
        if (stopped) return;
        const job = json as IngestJob;
        setState({ jobId, job, error: null });
        if (isActive(job.status)) timer = setTimeout(poll, POLL_INTERVAL_MS);
      } catch (error) {
        if (stopped) return;
        setState((previous) => ({ jobId, job: previous.jobId === jobId ? previous.job : null, error }));
        void logoutIfAccessDenied(error);
        const status = error instanceof HttpError ? error.status : 0;
        if (status < 400 || status >= 500) timer = setTimeout(poll, POLL_INTERVAL_MS * 4);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, logoutIfAccessDenied]);

  const replace = useCallback((job: IngestJob) => setState({ jobId: job.id, job, error: null }), []);
  const current = state.jobId === jobId ? state : { job: null, error: null };
  return { job: current.job, error: current.error, replace };
};
