import { useCallback } from 'react';
import { useLogoutIfAccessDenied, useNotify } from 'react-admin';

/** A failed call's message to show: the server's own sentence (httpClient makes it the problem+json `detail`). */
export const failureMessage = (failure: unknown): string =>
  failure instanceof Error && failure.message ? failure.message : 'ra.notification.http_error';

/**
 * For a failed write: a 401 signs the regulator out, like any data-provider call; otherwise the
 * server's refusal (e.g. a 409) is notified as it worded it.
 */
export const useNotifyFailure = () => {
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useCallback(
    (failure: unknown) => {
      void logoutIfAccessDenied(failure);
      const message = failureMessage(failure);
      notify(message, { type: 'error', messageArgs: { _: message } });
    },
    [notify, logoutIfAccessDenied],
  );
};
