import { describe, expect, it } from 'vitest';
import { refusalWords } from './joinClass.ts';
import { joinLink } from './runClass.ts';

describe('class screens, the parts without a DOM', () => {
  it('words join refusals for a student', () => {
    expect(refusalWords({ reason: 'class-full', message: 'x' }, 'ACD346')).toMatch(/Every seat/);
    expect(refusalWords({ reason: 'seat-freed', message: 'x' }, 'ACD346')).toMatch(/no longer yours/);
    expect(refusalWords({ reason: 'seat-computer', message: 'x' }, 'ACD346')).toMatch(/computer now plays your seat/);
    expect(refusalWords({ reason: 'unreachable', message: 'room "ACD346" not found' }, 'ACD346')).toBe(
      'There is no class ACD346. Check the code with your teacher.',
    );
    expect(refusalWords({ reason: 'unreachable', message: 'socket closed' }, 'ACD346')).toMatch(
      /could not be reached: socket closed/,
    );
    expect(refusalWords({ reason: 'rate-limited', message: 'Slow down.' }, 'ACD346')).toBe('Refused: Slow down.');
  });

  it('makes the join link from the page address', () => {
    expect(joinLink('ACD346', { origin: 'https://school.example', pathname: '/hanoi/' })).toBe(
      'https://school.example/hanoi/?class=ACD346',
    );
  });
});
