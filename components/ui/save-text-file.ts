/** Saves text as a file through the browser's download, under `filename`. */
export function saveTextFile(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; the URL is only released a little later for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
