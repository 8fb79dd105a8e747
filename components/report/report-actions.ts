/** Saves `text` as a plain-text file through a download link inside `parent` (our shadow root, not the page). */
export const saveText = (parent: HTMLElement, text: string, fileName: string): boolean => {
  try {
    const doc = parent.ownerDocument;
    const view = doc.defaultView;
    if (!view) return false;
    const url = view.URL.createObjectURL(new view.Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = doc.createElement('a');
    a.href = url;
    a.download = fileName;
    a.hidden = true;
    parent.append(a);
    a.click();
    a.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
};

/** Copies `text` to the clipboard; false when the browser refused. */
export const copyText = async (win: Window, text: string): Promise<boolean> => {
  try {
    await win.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
};
