/**
 * "Why this?": the reason for an item and the words of the posting that prompted it. A general
 * item (quote null) has no such words, so it shows the reason alone.
 */
export function Why({ why, quote, summary = 'Why this?' }: { why: string; quote: string | null; summary?: string }) {
  return (
    <details class="why">
      <summary>{summary}</summary>
      <p>{why}</p>
      {quote && <blockquote>{quote}</blockquote>}
    </details>
  );
}
