import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** Returns whether the copy worked; the button confirms only a real copy. */
  onCopy: () => Promise<boolean>;
  label?: string;
  /** Accessible name, e.g. "Copy question: What …" */
  describe?: string;
  className?: string;
}

/** A copy button that says "Copied" for a moment after a copy that really happened. */
export function CopyButton({ onCopy, label = 'Copy', describe, className = 'button small' }: Props) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <button
      type="button"
      class={className}
      aria-label={describe ? `${copied ? 'Copied' : label}: ${describe}` : undefined}
      onClick={() => {
        void onCopy().then((ok) => {
          if (!ok) return;
          setCopied(true);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setCopied(false), 1500);
        });
      }}
    >
      {copied ? 'Copied ✓' : label}
    </button>
  );
}
