/**
 * The start links the pack's lesson variants print are real: each one parses to a game the start-link
 * reader accepts (no problem explained on the title screen), with the settings the plan promises.
 */
import { describe, expect, it } from 'vitest';
import { PACK } from '../app/content.ts';
import { parseLaunch } from '../app/params.ts';

const launch = (url: string) => parseLaunch(url, () => 7);

describe("the lesson variants' start links", () => {
  const links = PACK.VARIANTS.flatMap((v) => v.links.map((l) => ({ variant: v.id, ...l })));

  it('each start a game directly, without a problem', () => {
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const l of links) expect(launch(l.url).kind, `${l.variant}: ${l.url}`).toBe('direct');
    // The check can fail: a link with a bad start point is explained, not started.
    expect(launch('?us=human&start=lunch').kind).toBe('error');
  });

  it('give the high-school plan the one-lesson game and the university plan the whole story', () => {
    const settingsOf = (id: string) =>
      links
        .filter((l) => l.variant === id)
        .map((l) => launch(l.url))
        .flatMap((r) => (r.kind === 'direct' ? [r.settings] : []));
    const school = settingsOf('var.highSchool');
    expect(school.length).toBeGreaterThan(0);
    for (const s of school) expect([s.start, s.length]).toEqual(['dispute', 'class']);
    // One seat per side plays against the computer, on the same seed for every table.
    expect(new Set(school.map((s) => JSON.stringify(s.seats))).size).toBe(school.length);
    expect(
      new Set(
        links
          .filter((l) => l.variant === 'var.highSchool')
          .map((l) => launch(l.url))
          .map((r) => (r.kind === 'direct' ? r.seed : -1)),
      ).size,
    ).toBe(1);
    const university = settingsOf('var.university');
    expect(university.some((s) => s.start === 'beginning' && s.length === 'full' && s.mode === 'open')).toBe(true);
    expect(university.some((s) => s.persona === 'hawkish')).toBe(true);
  });
});
