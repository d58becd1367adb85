const MAX_SELECTION = 40_000;

/** The text the user selected on the page, for "use the selection as the description". */
export function selectedText(): string {
  return (window.getSelection()?.toString() ?? '').trim().slice(0, MAX_SELECTION);
}
