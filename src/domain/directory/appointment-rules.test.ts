import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AppointmentSlot, findClash, rangesOverlap } from './appointment-rules.ts';

const slot = (over: Partial<AppointmentSlot>): AppointmentSlot => ({
  personId: 'p1',
  kind: 'regular',
  committeeRole: null,
  startsOn: '2025-01-01',
  endsOn: null,
  ...over,
});

describe('rangesOverlap', () => {
  it('counts a shared first or last day as overlap', () => {
    assert.equal(
      rangesOverlap(
        { startsOn: '2025-01-01', endsOn: '2025-01-31' },
        { startsOn: '2025-01-31', endsOn: null },
      ),
      true,
    );
    assert.equal(
      rangesOverlap(
        { startsOn: '2025-02-01', endsOn: null },
        { startsOn: '2025-01-01', endsOn: '2025-02-01' },
      ),
      true,
    );
  });

  it('does not count ranges that meet end to start on consecutive days', () => {
    assert.equal(
      rangesOverlap(
        { startsOn: '2025-01-01', endsOn: '2025-01-31' },
        { startsOn: '2025-02-01', endsOn: null },
      ),
      false,
    );
  });

  it('treats an open end as running forever', () => {
    assert.equal(
      rangesOverlap(
        { startsOn: '2020-01-01', endsOn: null },
        { startsOn: '2099-01-01', endsOn: '2099-01-02' },
      ),
      true,
    );
  });
});

describe('findClash', () => {
  const regular = slot({ id: 'r1' });

  it('refuses a second regular holder while the first is still appointed', () => {
    assert.equal(findClash(slot({ personId: 'p2' }), [regular]), regular);
  });

  it('allows a successor from the day after the predecessor ends', () => {
    const ended = slot({ id: 'r1', endsOn: '2025-06-30' });
    assert.equal(findClash(slot({ personId: 'p2', startsOn: '2025-07-01' }), [ended]), null);
  });

  it('allows an acting holder beside the regular one, but not two acting at once', () => {
    const acting = slot({
      id: 'a1',
      personId: 'p2',
      kind: 'acting',
      startsOn: '2025-03-01',
      endsOn: '2025-03-31',
    });
    assert.equal(
      findClash(slot({ personId: 'p2', kind: 'acting', startsOn: '2025-03-01' }), [regular]),
      null,
    );
    assert.equal(
      findClash(slot({ personId: 'p3', kind: 'acting', startsOn: '2025-03-15' }), [regular, acting]),
      acting,
    );
  });

  it('allows one chair and one secretary at a time, and any number of members', () => {
    const chair = slot({ id: 'c1', kind: 'committee', committeeRole: 'chair' });
    const member = slot({ id: 'm1', kind: 'committee', committeeRole: 'member' });
    const existing = [chair, member];
    assert.equal(
      findClash(slot({ personId: 'p2', kind: 'committee', committeeRole: 'chair' }), existing),
      chair,
    );
    assert.equal(
      findClash(slot({ personId: 'p2', kind: 'committee', committeeRole: 'secretary' }), existing),
      null,
    );
    assert.equal(
      findClash(slot({ personId: 'p2', kind: 'committee', committeeRole: 'member' }), existing),
      null,
    );
  });

  it('refuses the same person twice with delegated authority, but lets others hold it too', () => {
    const delegated = slot({ id: 'd1', kind: 'delegated' });
    assert.equal(findClash(slot({ kind: 'delegated', startsOn: '2025-05-01' }), [delegated]), delegated);
    assert.equal(findClash(slot({ personId: 'p2', kind: 'delegated' }), [delegated]), null);
  });

  it('does not compare an appointment with itself when its end date changes', () => {
    assert.equal(findClash(slot({ id: 'r1', endsOn: '2026-01-01' }), [regular]), null);
  });
});
