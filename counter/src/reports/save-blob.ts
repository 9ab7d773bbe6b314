/**
 * Offers a Blob as a download under `filename`: an object URL on a temporary `<a download>`,
 * because the CSV is fetched with the bearer header and so cannot be a plain link. The URL is
 * revoked on the next task, after the browser has started the download.
 */
export function saveBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
