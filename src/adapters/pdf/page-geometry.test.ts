import assert from 'node:assert/strict';
import { test } from 'node:test';
import { degrees, PDFDocument } from 'pdf-lib';
import { clampToView, pageView, uprightMatrix, userToView, viewToUser } from './page-geometry.ts';

test('view ↔ user rectangles round-trip for every rotation, and "top-right" is where the reader sees it', async () => {
  const doc = await PDFDocument.create();
  for (const rot of [0, 90, 180, 270] as const) {
    const page = doc.addPage([600, 800]);
    page.setRotation(degrees(rot));
    page.setCropBox(10, 20, 500, 700);
    const view = pageView(page);
    assert.equal(view.rotate, rot);
    assert.deepEqual([view.width, view.height], rot % 180 === 0 ? [500, 700] : [700, 500]);
    const r = { left: 30, top: 40, width: 100, height: 50 };
    const user = viewToUser(view, r);
    assert.deepEqual(userToView(view, user), r);
    // The user rect lies inside the crop box.
    assert.ok(user.x >= 10 && user.y >= 20 && user.x + user.width <= 510 && user.y + user.height <= 720);
    assert.equal(uprightMatrix(rot).length, 6);
  }
  const view = pageView(doc.getPage(0));
  const topRight = viewToUser(view, { left: view.width - 110, top: 10, width: 100, height: 50 });
  assert.deepEqual(topRight, { x: 400, y: 660, width: 100, height: 50 });
});

test('clampToView keeps a rectangle on the page', async () => {
  const doc = await PDFDocument.create();
  const view = pageView(doc.addPage([200, 100]));
  assert.deepEqual(clampToView(view, { left: 180, top: 90, width: 50, height: 20 }), {
    left: 150,
    top: 80,
    width: 50,
    height: 20,
  });
  assert.deepEqual(clampToView(view, { left: -5, top: -5, width: 10, height: 10 }), {
    left: 0,
    top: 0,
    width: 10,
    height: 10,
  });
});
