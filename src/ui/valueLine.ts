/**
 * The offer builder's live value line, written the same way on one device (`screens/table.ts`) and at a
 * class seat (`class/seatOffer.ts`): the package's worth phased and on paper against walking away, and
 * whether it beats no deal as shown ("57 against 57" is no better than no deal).
 */
import { valueReadout } from '../app/packages.ts';
import { liveText } from './live.ts';

export function showValue(
  region: HTMLElement,
  value: { readonly perceived: number; readonly raw: number },
  walkAway: number,
): void {
  const { text, against } = valueReadout(value.perceived, value.raw, walkAway);
  liveText(region, text);
  region.dataset.good = against > 0 ? 'true' : against < 0 ? 'false' : 'even';
}
