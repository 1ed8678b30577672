import { useCallback, useEffect, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { httpClient } from '../dataProvider';
import type { AdminStats } from '@qorgau/shared';

type State =
  | { status: 'loading'; stats?: undefined; error?: undefined }
  | { status: 'ready'; stats: AdminStats; error?: undefined }
  | { status: 'error'; stats?: undefined; error: unknown };

/**
 * GET /api/v1/admin/stats with the regulator's token. A 401 signs the user out through
 * authProvider.checkError, like any data-provider call.
 */
export const useAdminStats = () => {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const logoutIfAccessDenied = useLogoutIfAccessDenied();

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    httpClient('/api/v1/admin/stats')
      .then(({ json }) => {
        if (!cancelled) setState({ status: 'ready', stats: json as AdminStats });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setState({ status: 'error', error });
        void logoutIfAccessDenied(error);
      });
    return () => {
      cancelled = true;
    };
  }, [attempt, logoutIfAccessDenied]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
};
