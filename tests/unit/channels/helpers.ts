import type { RouteInput } from '@/utils/channels/route';
import type { CategoryId } from '@/utils/qualify/taxonomy';

/** A route input with the composer's defaults: a witness of public content, nobody in danger. */
export const input = (over: Partial<RouteInput> & { categoryId: CategoryId }): RouteInput => ({
  platformId: null,
  role: 'witness',
  minor: false,
  minorSexualImage: false,
  danger: false,
  privateExchange: false,
  publicContent: true,
  moneyDemanded: true,
  metInPerson: false,
  ...over,
});
