import type { AdminStats } from '@qorgau/shared';
import { useApiGet } from '../common/useApiGet';

/** GET /api/v1/admin/stats: the dashboard's figures. */
export const useAdminStats = () => {
  const { data, ...rest } = useApiGet<AdminStats>('/api/v1/admin/stats');
  return { ...rest, stats: data };
};
