import { useId, useState, type FormEvent } from 'react';
import type { HandoffTemplate } from '../../../../shared/model';
import { defaultHandoffTemplate } from '../../../../shared/engine';
import { addSection, templateProblems } from '../../../../shared/domains/handoff/template';
import { useLiveQuery } from '../../state/liveQuery';
import { errorText } from '../../../../shared/errorText';
import { settingsActions } from './actions';
import { TemplateSectionEditor } from './TemplateSectionEditor';
import '../../ui/forms.css';
import './templateEditor.css';

type Status = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Settings: the handoff checklist template (sections and their starting items). Edits are
 * a draft until saved; saved changes apply to checklists created from then on.
 */
export function HandoffTemplateEditor() {
  const settings = useLiveQuery('settings.get', {});
  const [draft, setDraft] = useState<HandoffTemplate | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState<string | null>(null);
  const [newSection, setNewSection] = useState('');
  const titleId = useId();

  if (!settings.data) {
    return settings.status === 'error' ? (
      <p role="alert">Could not load the settings: {settings.error}</p>
    ) : (
      <p aria-busy="true">Loading…</p>
    );
  }
  const template = draft ?? settings.data.handoffTemplate;
  const problems = templateProblems(template);
  const change = (next: HandoffTemplate) => {
    setDraft(next);
    setStatus('idle');
  };

  async function save() {
    setStatus('saving');
    setError(null);
    try {
      await settingsActions.saveHandoffTemplate(template);
      setDraft(null);
      setStatus('saved');
    } catch (e) {
      setStatus('error');
      setError(errorText(e));
    }
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (!newSection.trim()) return;
    change(addSection(template, newSection.trim()));
    setNewSection('');
  }

  return (
    <section className="template-editor" aria-labelledby={titleId}>
      <h2 id={titleId}>Handoff template</h2>
      <p className="handoff-hint">
        The sections and items every new handoff checklist starts with. Existing checklists keep theirs.
      </p>
      <ol className="template-sections">
        {template.map((section, index) => (
          <TemplateSectionEditor key={section.key} template={template} index={index} onChange={change} />
        ))}
      </ol>
      <form className="handoff-add" onSubmit={add}>
        <label>
          <span className="visually-hidden">New section title</span>
          <input
            value={newSection}
            maxLength={300}
            placeholder="New section title…"
            onChange={(e) => setNewSection(e.target.value)}
          />
        </label>
        <button type="submit" disabled={!newSection.trim() || template.length >= 50}>
          Add section
        </button>
      </form>
      {problems.length > 0 && (
        <ul className="error" aria-label="Problems to fix before saving">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="template-actions">
        <button
          type="button"
          className="primary"
          disabled={!draft || problems.length > 0 || status === 'saving'}
          onClick={() => void save()}
        >
          Save template
        </button>
        <button
          type="button"
          disabled={!draft}
          onClick={() => {
            setDraft(null);
            setStatus('idle');
          }}
        >
          Discard changes
        </button>
        <button type="button" onClick={() => change(defaultHandoffTemplate())}>
          Reset to default
        </button>
        <span role="status" className="save-status">
          {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : draft ? 'Unsaved changes' : ''}
        </span>
      </div>
      {error && (
        <p role="alert" className="error">
          Not saved: {error}
        </p>
      )}
    </section>
  );
}
