import { TEST_MASTER_KEY } from '../support/factories.ts';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/config.ts';
import { createAppDeps } from '../../src/composition.ts';
import { buildServer } from '../../src/http/app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';

describe('serving the web app', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let dist: string;

  before(async () => {
    t = await createTestDatabase();
    dist = await mkdtemp(path.join(os.tmpdir(), 'saraban-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Saraban</title>');
    await writeFile(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    const config = {
      ...loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: t.url, SARABAN_MASTER_KEY: TEST_MASTER_KEY }),
      webDist: dist,
    };
    app = await buildServer(await createAppDeps({ db: t.db, config }));
  });
  after(async () => {
    await app.close();
    await t.drop();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves index.html for the root and for client-side routes, never cached', async () => {
    for (const url of ['/', '/admin/users', '/operator/login']) {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, url);
      assert.match(String(res.headers['content-type']), /text\/html/);
      assert.equal(res.headers['cache-control'], 'no-cache');
    }
  });

  it('serves hashed assets with a long cache and answers 404 JSON for a missing one', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    assert.equal(asset.statusCode, 200);
    assert.match(String(asset.headers['cache-control']), /immutable/);
    const missing = await app.inject({ method: 'GET', url: '/assets/app-old999.js' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'NOT_FOUND');
    const dir = await app.inject({ method: 'GET', url: '/assets/' });
    assert.equal(dir.statusCode, 404);
  });

  it('answers unknown API routes with the JSON error shape, in English on request', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/nothing-here',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    assert.equal(res.statusCode, 404);
    assert.deepEqual(Object.keys(res.json()).sort(), ['error', 'requestId']);
    assert.equal(res.json().error.message, 'Not found.');
  });

  it('serves the interactive API docs', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /swagger/i);
  });
});
