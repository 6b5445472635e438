// Saves a file from the page: a Blob behind an object URL, clicked through a temporary <a download>.

/** Long enough for the browser to have started reading the blob; then the URL is released. */
const REVOKE_AFTER_MS = 30_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

export function downloadText(text: string, mime: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: mime }), fileName);
}
