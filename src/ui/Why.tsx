/** "Why this?": the reason for an item and the words of the posting that prompted it. */
export function Why({ why, quote, summary = 'Why this?' }: { why: string; quote: string; summary?: string }) {
  return (
    <details class="why">
      <summary>{summary}</summary>
      <p>{why}</p>
      <blockquote>{quote}</blockquote>
    </details>
  );
}
