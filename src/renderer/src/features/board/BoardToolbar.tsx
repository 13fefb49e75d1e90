import type { Pipeline } from '../../../../shared/model';
import { appShortcut } from '../../commands/appSurfaces';
import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { useUiOverlays } from '../../state/uiOverlays';

/** The board's title, pipeline switcher and primary action; `updating`: the board is not live yet. */
export function BoardToolbar({ pipeline, updating = false }: { pipeline: Pipeline; updating?: boolean }) {
  const pipelines = useLiveQuery('pipelines.list', {});
  const choose = useNavigation((s) => s.choosePipeline);
  const open = useUiOverlays((s) => s.open);
  const list = pipelines.data ?? [];
  return (
    <div className="board-toolbar">
      <h1>{pipeline.name}</h1>
      {list.length > 1 && (
        <select aria-label="Pipeline" value={pipeline.id} onChange={(e) => choose(e.target.value)}>
          {list.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      )}
      <span role="status" className="board-updating">
        <span>{updating ? 'Updating…' : ''}</span>
      </span>
      <span className="toolbar-spacer" />
      <button
        type="button"
        onClick={() => open('palette')}
        title={`Command palette (${appShortcut('palette', 'title')})`}
      >
        Commands <kbd>{appShortcut('palette', 'short')}</kbd>
      </button>
      <button
        type="button"
        className="primary"
        onClick={() => open('quick-add')}
        title={`Quick add (${appShortcut('add-lead', 'title')})`}
      >
        Add lead
      </button>
    </div>
  );
}
