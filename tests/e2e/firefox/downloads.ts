/**
 * Firefox with its downloads going to a fresh folder without asking (what a user who chose a
 * folder gets), and a reader for the JSON files saved there.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefox } from '../../harness/firefox.mjs';
import { expect } from '../fixtures';

export async function firefoxWithDownloads(origin: string) {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-downloads-'));
  const firefox = await launchFirefox({
    proxy: origin,
    prefs: {
      'browser.download.folderList': 2,
      'browser.download.dir': dir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  return {
    firefox,
    dir,
    close: async () => {
      await firefox.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The first JSON file saved in `dir` whose name matches `name`, once complete. Firefox may write a
 * download under a temporary name, then rename it: read whatever file is complete, trying again
 * until one parses.
 */
export async function downloadedJson<T>(dir: string, name: RegExp): Promise<T> {
  const read = async (): Promise<T | undefined> => {
    const files = await readdir(dir);
    if (files.some((f) => f.endsWith('.part'))) return undefined;
    for (const f of files.filter((f) => name.test(f))) {
      try {
        return JSON.parse(await readFile(join(dir, f), 'utf8')) as T;
      } catch {
        // Renamed or still being written: the next round reads it.
      }
    }
    return undefined;
  };
  let value: T | undefined;
  await expect.poll(async () => (value = await read())).toBeDefined();
  return value!;
}
