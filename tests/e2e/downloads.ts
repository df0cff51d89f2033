/**
 * Getting hold of what an extension page downloads through its own `<a download>` (Vigie has no
 * `downloads` permission), in both browsers:
 * - Chromium: Playwright's download event fires, but the file it keeps for an extension page's
 *   `blob:` download is not written (Chromium 156); the browser is told to save downloads in a
 *   folder of the test (`saveDownloadsIn`) and the file is read there (`savedFile`).
 * - Firefox: WebDriver BiDi gives no download events. `catchNextDownload`, evaluated in the page
 *   before the real click, takes the Blob the page hands to `URL.createObjectURL` and keeps the
 *   click from saving a file; `caughtDownload`, evaluated after it, returns its name and bytes.
 * `dropFile` feeds a file to the verify page's drop zone, as a user's drop does.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Chrome } from './fixtures';

/** What a caught download held: the `download` name and the bytes in base64. */
export interface CaughtDownload {
  name: string;
  base64: string;
}

/** Chromium: saves this browser's downloads in `folder` (created), without asking. */
export async function saveDownloadsIn(chromium: Chrome, folder: string) {
  await mkdir(folder, { recursive: true });
  await chromium.cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
}

/** The path of the first complete file in `folder` whose name ends with `suffix`, once there is one. */
export async function savedFile(folder: string, suffix: string): Promise<string> {
  let name: string | undefined;
  await expect.poll(async () => (name = (await readdir(folder)).find((n) => n.endsWith(suffix)))).toBeDefined();
  return join(folder, name!);
}

/**
 * Runs in the page (Firefox): the next `<a download>` click hands its Blob to `caughtDownload`
 * instead of saving it. Install it before the real click, which must stay a user action.
 */
export function catchNextDownload() {
  const w = window as unknown as { __vigieCaught?: Promise<CaughtDownload> };
  w.__vigieCaught = new Promise((resolve) => {
    const createObjectURL = URL.createObjectURL.bind(URL);
    let blob: Blob | null = null;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) blob = object;
      return createObjectURL(object);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download || !blob) return;
      const name = this.download;
      void blob.arrayBuffer().then((buffer) => {
        const bytes = new Uint8Array(buffer);
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        resolve({ name, base64: btoa(binary) });
      });
    };
  });
}

/** Runs in the page: the download caught since `catchNextDownload` (waits for it). */
export function caughtDownload(): Promise<CaughtDownload> {
  const caught = (window as unknown as { __vigieCaught?: Promise<CaughtDownload> }).__vigieCaught;
  if (!caught) throw new Error('catchNextDownload was not installed in this page');
  return caught;
}

/** Runs in the verify page: drops a file (given in base64) on the drop zone, as a user would. */
export async function dropFile([name, base64]: [string, string]) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const data = new DataTransfer();
  data.items.add(new File([bytes], name, { type: 'application/zip' }));
  const zone = document.querySelector('[data-testid=verify-drop]')!;
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}
