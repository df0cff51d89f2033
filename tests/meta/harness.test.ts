import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIRTUAL_HOSTS } from '../harness/server.mjs';

describe('meta: the e2e fixture server', () => {
  it('answers every platform look-alike host with a fixture page that exists', () => {
    for (const [host, file] of Object.entries(VIRTUAL_HOSTS))
      expect(existsSync(resolve(__dirname, '../fixtures', file)), `${host} → ${file}`).toBe(true);
  });
});
