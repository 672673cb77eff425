/** Hands text to the browser as a file download named `filename`. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has its copy once click() returns; the URL is released a little later for slow ones.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
