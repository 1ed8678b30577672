import { useEffect, type ReactNode } from 'react';
import { usePermissions, useRedirect } from 'react-admin';

/**
 * The start page: a reviewer's work is the dispute queue, so a reviewer starts there; everyone
 * else sees `children` (the dashboard).
 */
export const QueueFirst = ({ children }: { children: ReactNode }) => {
  const { permissions, isPending } = usePermissions();
  const redirect = useRedirect();
  const reviewer = permissions === 'reviewer';
  useEffect(() => {
    if (reviewer) redirect('list', 'disputes');
  }, [reviewer, redirect]);
  return isPending || reviewer ? null : children;
};
