/**
 * "Your résumé": pasted or read from a text file, kept on this device, and set beside every
 * plan ("You and this posting"). Closed until opened, so the list stays at the top.
 */
import { useState } from 'preact/hooks';
import { markdownToText, MAX_RESUME_BYTES, unusableResume } from '../core/fit/resume-text';
import { formatDate } from '../ui/format';
import { usePrepList } from './store';

/** A file's text, or why it cannot be used here. */
async function fileText(file: File): Promise<{ text: string } | { error: string }> {
  const name = file.name.toLowerCase();
  if (file.size > MAX_RESUME_BYTES) return { error: `${file.name} is over 5 MB, too large to be a résumé.` };
  if (/\.(?:pdf|docx?)$/.test(name)) {
    return { error: `${file.name}: PDF and Word files are read by the command-line tool for now (interview-lens prep page.html --resume cv.pdf). Here, open the file and paste its text.` };
  }
  if (!/\.(?:txt|md|markdown)$/.test(name)) return { error: `${file.name}: choose a .txt or .md file, or paste the text.` };
  const raw = await file.text();
  return { text: /\.(?:md|markdown)$/.test(name) ? markdownToText(raw) : raw };
}

export function ResumePanel() {
  const store = usePrepList();
  const resume = store.profile.value.resume;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [source, setSource] = useState('pasted');
  const [error, setError] = useState('');

  const keep = async () => {
    const unusable = unusableResume(text);
    if (unusable) {
      setError(`This cannot be used: ${unusable}.`);
      return;
    }
    setError('');
    if (await store.setResume({ text, source })) {
      setEditing(false);
      setText('');
    }
  };

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await fileText(file);
    if ('error' in read) {
      setError(read.error);
      return;
    }
    setError('');
    setText(read.text);
    setSource(file.name);
  };

  const words = resume ? resume.text.split(/\s+/).filter(Boolean).length : 0;
  return (
    <details class="resume-panel">
      <summary>Your résumé {resume ? `(${words} words, from ${resume.source})` : '(optional)'}</summary>
      {resume && !editing ? (
        <div>
          <p>
            Saved {formatDate(resume.savedAt)} from {resume.source}. Each opened plan shows what it has for the posting under “You and this posting”. It stays on this device.
          </p>
          <button type="button" class="button small" onClick={() => setEditing(true)}>
            Replace
          </button>{' '}
          <button type="button" class="button small" onClick={() => void store.setResume(null)}>
            Remove
          </button>
        </div>
      ) : (
        <div class="resume-form">
          <p class="hint">Each plan will set the posting beside your résumé: the skills it shows, the ones it does not, and lines worth turning into stories. Nothing leaves this device.</p>
          <label>
            Paste your résumé
            <textarea rows={8} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <label>
            Or read a text file (.txt, .md){' '}
            <input type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" onChange={(e) => void pick(e.currentTarget)} />
          </label>
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
          <button type="button" class="button primary" onClick={() => void keep()}>
            Keep this résumé
          </button>
          {resume && (
            <>
              {' '}
              <button type="button" class="button" onClick={() => setEditing(false)}>
                Cancel
              </button>
            </>
          )}
        </div>
      )}
    </details>
  );
}
