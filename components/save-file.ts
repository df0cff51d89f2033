/**
 * Saves a file the page made (export, package, PDF) through the page's own `<a download>` on an
 * object URL: no `downloads` permission, and the browser's usual save behaviour (folder, prompt).
 */
export function saveFile(content: Blob | Uint8Array | string, fileName: string, type = 'application/octet-stream') {
  const blob = content instanceof Blob ? content : new Blob([content as Uint8Array<ArrayBuffer> | string], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken its reference when the click returns; the URL is kept a while for slow saves.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
