import type { IngestJobAccepted, ProblemDetails } from '@qorgau/shared';
import { HttpError } from 'react-admin';
import { readValidSession } from '../session';

export interface UploadProgress {
  /** Bytes of the file sent so far. */
  loaded: number;
  total: number;
}

export interface UploadOptions {
  onProgress: (progress: UploadProgress) => void;
  /** All the bytes are sent: the server is reading the last of them and will answer. */
  onSent: () => void;
  signal: AbortSignal;
}

/** Aborted by the regulator (the signal); not an error to show. */
export class UploadAborted extends Error {
  constructor() {
    super('upload aborted');
  }
}

/**
 * POST /admin/breaches/{id}/exposures with the file as the raw body (SPEC §5.1). XMLHttpRequest,
 * not fetch: only its `upload.onprogress` reports the bytes sent, for a real progress bar. The
 * server reads (and hashes) the body as it arrives and answers 202 {jobId} once it has all of it.
 *
 * Always `text/csv`, whatever the browser guesses for the file (a .txt is `text/plain`): the server
 * detects the delimiter itself. A failure rejects with an HttpError whose message is the
 * problem+json `detail`, like the data provider's.
 */
export const uploadExposures = (breachId: string, file: Blob, { onProgress, onSent, signal }: UploadOptions): Promise<IngestJobAccepted> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new UploadAborted());
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/admin/breaches/${encodeURIComponent(breachId)}/exposures`);
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json');
    const session = readValidSession();
    if (session) xhr.setRequestHeader('Authorization', `Bearer ${session.accessToken}`);
    xhr.responseType = 'text';

    xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.upload.onload = () => onSent();
    const onAbort = () => xhr.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = () => signal.removeEventListener('abort', onAbort);

    xhr.onload = () => {
      settle();
      const body = parseJson(xhr.responseText);
      if (xhr.status === 202 && body && typeof (body as IngestJobAccepted).jobId === 'string') {
        resolve(body as IngestJobAccepted);
        return;
      }
      const problem = (body ?? {}) as Partial<ProblemDetails>;
      const message =
        typeof problem.detail === 'string' && problem.detail !== ''
          ? problem.detail
          : problem.errors && Object.keys(problem.errors).length > 0
            ? Object.values(problem.errors).join(' ')
            : xhr.statusText || `HTTP ${xhr.status}`;
      reject(new HttpError(message, xhr.status, body));
    };
    xhr.onerror = () => {
      settle();
      reject(new HttpError('qorgau.ingest.network_error', 0));
    };
    xhr.onabort = () => {
      settle();
      reject(new UploadAborted());
    };
    xhr.send(file);
  });

const parseJson = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
};
