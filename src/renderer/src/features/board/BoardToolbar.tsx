import type { Pipeline } from '../../../../shared/model';
import { appShortcut } from '../../commands/appSurfaces';
import type { PipelineChoice } from '../../state/boardSnapshot';
import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { useUiOverlays } from '../../state/uiOverlays';

/**
 * The pipelines the switcher offers: the store's list or, until it answers, the list the start-up
 * snapshot kept (`kept`). The switcher drawn with the snapshot is then in place from the first
 * frame: arriving with the store's list, after the live board, it re-wrapped a narrow toolbar.
 */
export function usePipelineChoices(
  kept: readonly PipelineChoice[] | undefined,
): readonly PipelineChoice[] | undefined {
  return useLiveQuery('pipelines.list', {}, { keep: true }).data ?? kept;
}

/**
 * The board's title, pipeline switcher (`pipelines`: when there are two or more) and primary
 * action; `updating`: the board is not live yet.
 */
export function BoardToolbar({
  pipeline,
  pipelines = [],
  updating = false,
}: {
  pipeline: Pipeline;
  pipelines?: readonly PipelineChoice[];
  updating?: boolean;
}) {
  const choose = useNavigation((s) => s.choosePipeline);
  const open = useUiOverlays((s) => s.open);
  return (
    <div className="board-toolbar">
      <h1>{pipeline.name}</h1>
      {pipelines.length > 1 && (
        <select aria-label="Pipeline" value={pipeline.id} onChange={(e) => choose(e.target.value)}>
          {pipelines.map((p) => (
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
