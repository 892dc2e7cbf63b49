/**
 * The history log and the branch map label a historical move by its record basis: "as on the record"
 * where the record backs it, "inferred" where the record is silent on the decision (content `record`).
 */
import { describe, expect, it } from 'vitest';
import { normalizeSettings } from '../sim/session/settings.ts';
import { Timeline } from '../sim/session/timeline.ts';
import { cardText } from './branchMap/labelPlacement.ts';
import { branchModel, describeNode } from './branchModel.ts';
import { historyEntries } from './historyModel.ts';
import { m } from './strings/catalogue.ts';

describe('record basis labels', () => {
  it('mark inferred moves as inferred and the others as on the record, along the historical path', { timeout: 30_000 }, () => {
    const both = normalizeSettings({ seats: { us: 'ai', dprk: 'ai' }, mode: 'historical' });
    const t = new Timeline(7, both);
    t.runAuto();
    const log = historyEntries(t);
    const inferred = log.filter((e) => e.inferred);
    const plain = log.filter((e) => e.onRecord && !e.inferred);
    expect(inferred.length).toBeGreaterThan(0);
    expect(plain.length).toBeGreaterThan(0);
    expect(inferred.every((e) => e.onRecord)).toBe(true);

    const model = branchModel(t);
    const inferredNodes = model.nodes.filter((n) => n.inferred && n.onRecord);
    const recordNodes = model.nodes.filter((n) => n.onRecord && !n.inferred && n.parent !== null);
    expect(inferredNodes.length).toBe(inferred.length);
    for (const n of inferredNodes) {
      expect(describeNode(n)).toContain(m.node_inferred());
      expect(describeNode(n)).not.toContain(`${m.node_on_record()}.`);
      expect(cardText(n)).toContain(m.map_flag_inferred());
    }
    for (const n of recordNodes) {
      expect(describeNode(n)).toContain(m.node_on_record());
      expect(cardText(n)).not.toContain(m.map_flag_inferred());
    }
  });
});
