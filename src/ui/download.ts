/**
 * Saves text (or bytes) as a file on the learner's computer (no server involved).
 */
export function download(fileName: string, mime: string, data: string | Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([data], { type: typeof data === 'string' ? `${mime};charset=utf-8` : mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
