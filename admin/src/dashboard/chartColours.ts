import type { BreachStatus } from '@qorgau/shared';

/**
 * Chart colours, readable on the light and the dark background alike. Statuses keep the hues of
 * their chips (BreachStatusChip): gold while investigated, amber while awaiting approval, red when confirmed, teal when closed.
 */
export const STATUS_COLOURS: Record<BreachStatus, string> = {
  draft: '#9AA5AA',
  investigating: '#FEC50C',
  'awaiting-approval': '#E07B00',
  confirmed: '#D64545',
  closed: '#00858F',
  rejected: '#5C6B73',
  retracted: '#9C5FB5',
};

export const CLAIMED_COLOUR = '#9AA5AA';
export const EXPOSURES_COLOUR = '#00AFCA';
export const PEOPLE_COLOUR = '#00858F';
export const LATE_COLOUR = '#D64545';
export const ON_TIME_COLOUR = '#3A9D5D';
