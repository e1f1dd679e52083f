import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSelfOrDescendant, selfAndAncestorIds, sortDepthFirst } from './org-unit-tree.ts';

// root ─┬─ a ─── a1
//       └─ b
const units = [
  { id: 'a1', parentId: 'a' },
  { id: 'b', parentId: 'root' },
  { id: 'a', parentId: 'root' },
  { id: 'root', parentId: null },
];

describe('sortDepthFirst', () => {
  it('lists each unit right after its parent, siblings in their given order', () => {
    assert.deepEqual(
      sortDepthFirst(units).map((u) => u.id),
      ['root', 'b', 'a', 'a1'],
    );
  });

  it('keeps a unit whose parent is missing instead of dropping it', () => {
    const ids = sortDepthFirst([...units, { id: 'lost', parentId: 'gone' }]).map((u) => u.id);
    assert.deepEqual(ids, ['root', 'b', 'a', 'a1', 'lost']);
  });
});

describe('selfAndAncestorIds', () => {
  it('walks from the unit up to the root', () => {
    assert.deepEqual(selfAndAncestorIds(units, 'a1'), ['a1', 'a', 'root']);
    assert.deepEqual(selfAndAncestorIds(units, 'root'), ['root']);
    assert.deepEqual(selfAndAncestorIds(units, 'nope'), []);
  });

  it('stops on a cycle instead of looping forever', () => {
    assert.deepEqual(
      selfAndAncestorIds(
        [
          { id: 'x', parentId: 'y' },
          { id: 'y', parentId: 'x' },
        ],
        'x',
      ),
      ['x', 'y'],
    );
  });
});

describe('isSelfOrDescendant', () => {
  it('refuses moving a unit under itself or under its own sub-unit', () => {
    assert.equal(isSelfOrDescendant(units, 'a', 'a'), true);
    assert.equal(isSelfOrDescendant(units, 'a', 'a1'), true);
    assert.equal(isSelfOrDescendant(units, 'root', 'a1'), true);
  });

  it('allows moving a unit under a sibling or an ancestor', () => {
    assert.equal(isSelfOrDescendant(units, 'a', 'b'), false);
    assert.equal(isSelfOrDescendant(units, 'a1', 'root'), false);
  });
});
