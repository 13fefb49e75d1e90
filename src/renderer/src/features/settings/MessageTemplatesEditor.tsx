import { useEffect, useState, type FormEvent } from 'react';
import { fillPlaceholders, PLACEHOLDER_LABELS, PLACEHOLDERS } from '../../../../shared/domains/templates';
import { messageTemplatesOf, STAGE_KIND_NAMES } from '../../../../shared/engine';
import {
  MAX_MESSAGE_TEMPLATES,
  STAGE_KINDS,
  type MessageKind,
  type MessageTemplate,
  type Settings,
  type StageKind,
} from '../../../../shared/model';
import { SaveFooter } from '../../ui/SaveFooter';
import { useSaveStatus } from '../../ui/useSaveStatus';
import { settingsActions } from './actions';

const KIND_LABEL: Record<MessageKind, string> = { email: 'E-mail', call: 'Call script' };
const EVERY_VALUE = Object.fromEntries(PLACEHOLDERS.map((p) => [p, 'x']));
let fresh = 0;

/** Placeholders a template uses that no deal can fill (typos): the rep fills them by hand. */
const unknownIn = (t: MessageTemplate) => fillPlaceholders(`${t.subject}\n${t.body}`, EVERY_VALUE).unfilled;

/** The rep's name and their e-mail and call-script templates, saved together. */
export function MessageTemplatesEditor({ settings }: { settings: Settings }) {
  const [rows, setRows] = useState<MessageTemplate[]>(() =>
    messageTemplatesOf(settings).map((t) => ({ ...t })),
  );
  const [opened, setOpened] = useState<{ id: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { state, run } = useSaveStatus();
  // A new template, or one that needs a name, is unfolded and its name focused (once per request).
  useEffect(() => {
    if (!opened) return;
    const details = document.getElementById(`template-${opened.id}`);
    if (details instanceof HTMLDetailsElement) details.open = true;
    document.getElementById(`template-name-${opened.id}`)?.focus();
  }, [opened]);
  const set = (id: string, change: Partial<MessageTemplate>) =>
    setRows((r) => r.map((row) => (row.id === id ? { ...row, ...change } : row)));
  const add = (kind: MessageKind) => {
    const id = `t-${Date.now().toString(36)}-${++fresh}`;
    setRows((r) => [...r, { id, kind, name: '', stageKind: null, subject: '', body: '' }]);
    setOpened({ id });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const repName = String(new FormData(event.currentTarget).get('repName') ?? '').trim();
    const unnamed = rows.find((t) => !t.name.trim());
    if (unnamed) {
      setProblem(unnamed.id);
      setOpened({ id: unnamed.id });
      return;
    }
    setProblem(null);
    const messageTemplates = rows.map((t) => ({ ...t, name: t.name.trim() }));
    void run(() => settingsActions.updateSettings({ repName, messageTemplates }));
  };

  return (
    <form className="settings-card" aria-labelledby="templates-heading" onSubmit={submit}>
      <h2 id="templates-heading">Templates</h2>
      <label>
        Your name
        <input name="repName" maxLength={300} defaultValue={settings.repName ?? ''} autoComplete="name" />
      </label>
      <p className="hint">
        Placeholders filled from the deal:{' '}
        {PLACEHOLDERS.map((p, i) => (
          <span key={p}>
            {i > 0 && ', '}
            <code>{`{{${p}}}`}</code> {PLACEHOLDER_LABELS[p]}
          </span>
        ))}
        . One without a value is highlighted in the preview and never sent.
      </p>
      <ol className="template-list">
        {rows.map((t, i) => {
          const unknown = unknownIn(t);
          const invalid = problem === t.id;
          return (
            <li key={t.id}>
              <details id={`template-${t.id}`}>
                <summary>
                  {KIND_LABEL[t.kind]}: {t.name.trim() || 'Untitled'}
                  {t.stageKind && (
                    <span className="hint"> · {STAGE_KIND_NAMES[t.stageKind] ?? t.stageKind}</span>
                  )}
                </summary>
                <div className="template-fields">
                  <label>
                    Name
                    <input
                      id={`template-name-${t.id}`}
                      value={t.name}
                      maxLength={120}
                      aria-invalid={invalid || undefined}
                      aria-describedby={invalid ? 'template-problem' : undefined}
                      onChange={(e) => set(t.id, { name: e.target.value })}
                    />
                  </label>
                  <label>
                    Kind
                    <select
                      value={t.kind}
                      onChange={(e) => set(t.id, { kind: e.target.value as MessageKind })}
                    >
                      <option value="email">{KIND_LABEL.email}</option>
                      <option value="call">{KIND_LABEL.call}</option>
                    </select>
                  </label>
                  <label>
                    For stage
                    <select
                      value={t.stageKind ?? ''}
                      onChange={(e) => set(t.id, { stageKind: (e.target.value || null) as StageKind | null })}
                    >
                      <option value="">Any stage</option>
                      {STAGE_KINDS.filter((k) => STAGE_KIND_NAMES[k]).map((k) => (
                        <option key={k} value={k}>
                          {STAGE_KIND_NAMES[k]}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    {t.kind === 'email' ? 'Subject' : 'Call title'}
                    <input
                      value={t.subject}
                      maxLength={300}
                      onChange={(e) => set(t.id, { subject: e.target.value })}
                    />
                  </label>
                  <label className="span-all">
                    {t.kind === 'email' ? 'Message' : 'Script'}
                    <textarea rows={8} value={t.body} onChange={(e) => set(t.id, { body: e.target.value })} />
                  </label>
                  {unknown.length > 0 && (
                    <p className="hint span-all">
                      Not a known placeholder (you fill it in before sending): {unknown.join(', ')}
                    </p>
                  )}
                  <button
                    type="button"
                    onClick={() => setRows((r) => r.filter((x) => x.id !== t.id))}
                    aria-label={`Remove template ${i + 1}: ${t.name.trim() || 'Untitled'}`}
                  >
                    Remove
                  </button>
                </div>
              </details>
            </li>
          );
        })}
      </ol>
      {problem && (
        <p role="alert" className="error" id="template-problem">
          Every template needs a name.
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => add('email')} disabled={rows.length >= MAX_MESSAGE_TEMPLATES}>
          Add an e-mail template
        </button>
        <button type="button" onClick={() => add('call')} disabled={rows.length >= MAX_MESSAGE_TEMPLATES}>
          Add a call script
        </button>
      </div>
      <SaveFooter state={state} label="Save templates" />
    </form>
  );
}
