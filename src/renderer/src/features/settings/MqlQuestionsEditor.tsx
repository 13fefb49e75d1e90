import type { Settings } from '../../../../shared/model';
import { ListEditor, type ListRow } from './ListEditor';
import { settingsActions } from './actions';
import { questionId } from './questionId';

/** The MQL question set; existing questions keep their ids so recorded answers stay attached. */
export function MqlQuestionsEditor({ settings }: { settings: Settings }) {
  const rows: ListRow[] = settings.mqlQuestions.map((q) => ({ key: q.id, text: q.text }));
  const known = new Set(settings.mqlQuestions.map((q) => q.id));
  const save = (_texts: string[], saved: ListRow[]) => {
    const taken = new Set(saved.filter((r) => known.has(r.key)).map((r) => r.key));
    const mqlQuestions = saved.map((r) => {
      if (known.has(r.key)) return { id: r.key, text: r.text };
      const id = questionId(r.text, taken);
      taken.add(id);
      return { id, text: r.text };
    });
    return settingsActions.updateSettings({ mqlQuestions });
  };
  return <ListEditor title="MQL questions" items={rows} onSave={save} multiline />;
}
