/**
 * A seat's value of a draft package read off its own View alone, for a seat with no Session of its
 * own (a student's device in a class game): the same two numbers the one-device builder shows
 * (`packageValue` on the whole context), without the server sending anything the seat may not see.
 *
 * The phased value (`dealValue`) reads only the viewer's own trust meter and the DPRK's public
 * definition of "Yongbyon", both in the viewer's View. The meters the View leaves out are NaN here,
 * so arithmetic on one of them shows as NaN rather than a silent guess; a comparison would not, which
 * is why the test also compares this with `packageValue` over many states.
 */

import { withinDefinition } from '../machine/reduce.ts';
import { METER_IDS, type MeterId } from '../model/ids.ts';
import type { Package } from '../model/package.ts';
import { dealValue } from '../model/phases.ts';
import { rawUtility } from '../model/utility.ts';
import type { View } from './view.ts';

export function draftValue(view: View, pkg: Package): { readonly perceived: number; readonly raw: number } {
  const meters = Object.fromEntries(METER_IDS.map((id) => [id, view.meters[id] ?? Number.NaN])) as Record<MeterId, number>;
  return {
    perceived: dealValue(view.viewer, withinDefinition(view.scope.dprk, pkg), meters),
    raw: rawUtility(view.viewer, pkg),
  };
}
