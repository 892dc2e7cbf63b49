/** validateContent: the real scenario passes, and each kind of mistake in a broken copy is reported. */
import { describe, expect, it } from 'vitest';
import { SCENARIO, type ScenarioContent } from './scenario.ts';
import { validateContent } from './validate.ts';

type DeepMutable<T> = { -readonly [K in keyof T]: DeepMutable<T[K]> };
type Draft = DeepMutable<ScenarioContent>;

/** The problems of a copy of the real content changed by `edit`. */
function problemsAfter(edit: (c: Draft, beat: (id: string) => Draft['beats'][number]) => void): string[] {
  const copy = structuredClone(SCENARIO) as Draft;
  const beat = (id: string) => {
    const b = copy.beats.find((x) => x.id === id);
    if (!b) throw new Error(`no beat ${id}`);
    return b;
  };
  edit(copy, beat);
  return validateContent(copy as ScenarioContent);
}

const choice = (b: Draft['beats'][number], id: string) => {
  const c = b.choices.find((x) => x.id === id);
  if (!c) throw new Error(`no choice ${id}`);
  return c;
};

describe('validateContent', () => {
  it('finds no problem in the real content', () => {
    expect(validateContent()).toEqual([]);
  });

  it('reports a next that names no beat, or leads back', () => {
    const typo = problemsAfter((_, beat) => {
      choice(beat('talks.dinner'), 'talks.dinner.social').next = 'talks.oneOnOnee';
    });
    expect(typo).toContain('beat talks.dinner, choice talks.dinner.social: next: no beat "talks.oneOnOnee"');
    const back = problemsAfter((_, beat) => {
      choice(beat('talks.dinner'), 'talks.dinner.social').next = 'brief.october';
    });
    expect(back.join('\n')).toMatch(/choice talks\.dinner\.social: next: "brief\.october" comes before this beat/);
  });

  it('reports a choice text variant that reads more than the agreed terms', () => {
    const p = problemsAfter((_, beat) => {
      choice(beat('talks.dinner'), 'talks.dinner.social').textVariants = [
        { when: { flags: ['cohenHearing'] }, label: 'Another label' },
      ];
    });
    expect(p.join('\n')).toMatch(/choice talks\.dinner\.social: textVariants\[0\]\.when\.flags: may only read the agreed terms/);
  });

  it('reports an event before an unknown beat', () => {
    const p = problemsAfter((c) => {
      c.events[0].beforeBeat = 'brief.nowhere';
    });
    expect(p).toContain(`event ${SCENARIO.events[0].id}: beforeBeat: no beat "brief.nowhere"`);
  });

  it('reports time running backwards along the play order and along next', () => {
    const p = problemsAfter((_, beat) => {
      beat('talks.oneOnOne').time = '2019-02-27T08:00';
    });
    expect(p.join('\n')).toMatch(/beat talks\.dinnerReply: time: leads to "talks\.oneOnOne" at 2019-02-27T08:00/);
    expect(p.join('\n')).toMatch(/choice talks\.dinner\.social: next: leads to "talks\.oneOnOne"/);
    const bad = problemsAfter((_, beat) => {
      beat('talks.garden').time = 'mid-morning';
    });
    expect(bad.join('\n')).toMatch(/beat talks\.garden: time: "mid-morning" is not a local time/);
  });

  it('requires a sourced note and exactly one historical choice on the historical path', () => {
    const noNote = problemsAfter((_, beat) => {
      delete beat('talks.garden').history;
    });
    expect(noNote).toContain('beat talks.garden: history: on the historical path, but no historical note');
    const unsourced = problemsAfter((_, beat) => {
      const h = beat('talks.garden').history;
      if (h) h.sources = [];
    });
    expect(unsourced).toContain('beat talks.garden: history.sources: on the historical path, but unsourced');
    const none = problemsAfter((_, beat) => {
      for (const c of beat('talks.garden').choices) c.historical = false;
    });
    expect(none).toContain('beat talks.garden: choices: on the historical path, but no choice is marked historical');
    const two = problemsAfter((_, beat) => {
      for (const c of beat('talks.garden').choices) c.historical = true;
    });
    expect(two.join('\n')).toMatch(/beat talks\.garden: choices: \d historical choices; at most one/);
    // A beat off the record (the signing needs an agreement) may have no historical note.
    const offRecord = problemsAfter((_, beat) => {
      delete beat('end.signing').history;
    });
    expect(offRecord).toEqual([]);
  });

  it('reports unknown facilities, issues, meters and flags', () => {
    const p = problemsAfter((_, beat) => {
      const scope = beat('dispute.us').choices[0];
      scope.facilities = [...(scope.facilities ?? []), 'yb.nowhere'];
      const broaden = beat('end.choe').choices.find((c) => c.offerPatch);
      if (broaden) broaden.offerPatch = { ...broaden.offerPatch, I99: 3 } as typeof broaden.offerPatch;
      const c = beat('talks.greeting').choices[0];
      c.effects.meters = { ...c.effects.meters, luck: 0.1 } as typeof c.effects.meters;
      c.effects.setFlags = ['noSuchFlag' as never];
    });
    const all = p.join('\n');
    expect(all).toMatch(/beat dispute\.us, choice dispute\.us\.\w+: facilities: unknown facility "yb\.nowhere"/);
    expect(all).toMatch(/beat end\.choe, choice end\.choe\.\w+: offerPatch: unknown issue "I99"/);
    expect(all).toMatch(/choice talks\.greeting\.warm: effects\.meters: unknown meter "luck"/);
    expect(all).toMatch(/choice talks\.greeting\.warm: effects\.setFlags: unknown flag "noSuchFlag"/);
  });

  it('reports unknown stage IDs, for a seat too', () => {
    const p = problemsAfter((_, beat) => {
      const b = beat('talks.greeting');
      b.stage = { backdrop: 'moon-base' as never, cast: { us: ['obama' as never], dprk: ['kim'] } };
      beat('talks.garden').stage.seats = { dprk: { cast: { us: [], dprk: ['nobody' as never] } } };
    });
    expect(p).toContain('beat talks.greeting: stage.backdrop: unknown location "moon-base"');
    expect(p).toContain('beat talks.greeting: stage.cast.us: unknown portrait "obama"');
    expect(p).toContain('beat talks.garden: stage.seats.dprk.cast.dprk: unknown portrait "nobody"');
  });

  it('reports unknown advisers, a role that speaks twice, and advice to the wrong side', () => {
    const p = problemsAfter((_, beat) => {
      const b = beat('talks.dinner');
      b.advisers = [...b.advisers, { adviser: 'oracle' as never, text: 'x' }, { ...b.advisers[0] }];
      beat('talks.greeting').advisers.push({ adviser: 'hawk', text: 'y' });
    });
    expect(p).toContain('beat talks.dinner: advisers: unknown adviser "oracle"');
    expect(p.join('\n')).toMatch(
      /beat talks\.dinner: advisers: \w+ speaks twice \(note ID talks\.dinner\.adviser\.\w+ is not unique\)/,
    );
    expect(p).toContain('beat talks.greeting: advisers: hawk advises the us side, not the acting side');
  });

  it('reports duplicate beat, choice and event IDs', () => {
    const p = problemsAfter((c, beat) => {
      beat('talks.garden').id = 'talks.greeting';
      choice(beat('talks.dinner'), 'talks.dinner.social').id = 'talks.dinner.grandBargain';
      c.events[1].id = c.events[0].id;
    });
    expect(p).toContain('beat talks.greeting: id: another beat has the same ID');
    expect(p).toContain('beat talks.dinner, choice talks.dinner.grandBargain: id: another choice has the same ID');
    expect(p).toContain(`event ${SCENARIO.events[0].id}: id: another event has the same ID`);
  });

  it('reports a source that is not a registry entry', () => {
    const p = problemsAfter((c, beat) => {
      const h = beat('talks.garden').history;
      if (h) h.sources = [{ ...h.sources[0], label: 'Relabelled' }];
      const f = c.facilities[0].history;
      f.sources = [{ id: 'HOMEMADE', url: 'https://example.org/x', label: 'Homemade' }];
    });
    expect(p.join('\n')).toMatch(/beat talks\.garden: history\.sources: source "\w+" \(http\S+\) is not in the registry/);
    expect(p).toContain(
      `facility ${SCENARIO.facilities[0].id}: history.sources: source "HOMEMADE" (https://example.org/x) is not in the registry`,
    );
  });
});
