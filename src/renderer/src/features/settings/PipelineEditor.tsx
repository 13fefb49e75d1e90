import { useState, type FormEvent } from 'react';
import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { SAVE_LABELS, useSaveStatus } from '../../ui/useSaveStatus';
import { SaveFooter } from '../../ui/SaveFooter';
import { settingsActions } from './actions';
import { QualificationControl } from './QualificationControl';
import { StageRow } from './StageRow';
import { stagePatchOf } from './stagePatch';

/** Edit a pipeline: its name, its stages (add, remove, reorder, edit), or start a new one. */
export function PipelineEditor() {
  const pipelines = useLiveQuery('pipelines.list', {});
  const boardPipeline = useNavigation((s) => s.pipelineId);
  const choose = useNavigation((s) => s.choosePipeline);
  const go = useNavigation((s) => s.go);
  const [chosen, setChosen] = useState<string | null>(null);
  const { state, run } = useSaveStatus();
  const stagesSave = useSaveStatus();
  const list = pipelines.data ?? [];
  const pipeline = list.find((p) => p.id === (chosen ?? boardPipeline)) ?? list[0];
  if (!pipeline) return <p aria-busy="true">Loading the pipelines…</p>;

  const rename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    void run(() => settingsActions.renamePipeline({ pipelineId: pipeline.id, name }));
  };
  const create = (copy: boolean) => {
    const name = copy ? `${pipeline.name} (copy)` : 'New pipeline';
    void run(async () => {
      const created = await settingsActions.createPipeline({
        name,
        ...(copy ? { copyOf: pipeline.id } : {}),
      });
      setChosen(created.id);
    });
  };
  const addStage = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const f = new FormData(form);
    const atIndex = Number(f.get('position') ?? pipeline.stages.length);
    void run(() =>
      settingsActions.addStage({
        pipelineId: pipeline.id,
        atIndex,
        stage: { name: String(f.get('stageName') ?? '') },
      }),
    ).then((ok) => ok && form.reset());
  };
  const saveStages = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const changed = pipeline.stages.flatMap((stage) => {
      const patch = stagePatchOf(form, stage);
      return patch ? [{ stageId: stage.id, patch }] : [];
    });
    void stagesSave.run(async () => {
      for (const { stageId, patch } of changed)
        await settingsActions.updateStage({ pipelineId: pipeline.id, stageId, patch });
    });
  };
  const move = (index: number, by: -1 | 1) => {
    const ids = pipeline.stages.map((s) => s.id);
    const [id] = ids.splice(index, 1);
    if (!id) return;
    ids.splice(index + by, 0, id);
    void run(() => settingsActions.reorderStages({ pipelineId: pipeline.id, orderedIds: ids }));
  };

  return (
    <div className="pipeline-editor">
      <section className="settings-card" aria-label="Pipeline">
        <h2>Pipeline</h2>
        <div className="inline-form">
          {list.length > 1 && (
            <label>
              Pipeline to edit
              <select value={pipeline.id} onChange={(e) => setChosen(e.target.value)}>
                {list.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <form className="inline-form" onSubmit={rename} key={pipeline.id}>
            <label>
              Name
              <input name="name" defaultValue={pipeline.name} required />
            </label>
            <button type="submit">Rename</button>
          </form>
          <QualificationControl
            value={pipeline.qualification ?? 'bant'}
            onChange={(qualification) =>
              void run(() => settingsActions.setQualification({ pipelineId: pipeline.id, qualification }))
            }
          />
          <button type="button" onClick={() => create(false)}>
            New pipeline from the template
          </button>
          <button type="button" onClick={() => create(true)}>
            Copy this pipeline
          </button>
          {pipeline.id !== boardPipeline && (
            <button
              type="button"
              onClick={() => {
                choose(pipeline.id);
                go('board');
              }}
            >
              Show it on the board
            </button>
          )}
          <span className="save-state" role="status">
            {SAVE_LABELS[state]}
          </span>
        </div>
      </section>
      <section className="settings-card" aria-label="Stages">
        <h2>Stages</h2>
        {/* One form, one Save for every stage's fields; moves, removals and additions act at once. */}
        <form aria-label="Stage settings" onSubmit={saveStages}>
          <ol className="stage-list">
            {pipeline.stages.map((stage, i) => (
              <StageRow
                key={stage.id}
                pipeline={pipeline}
                stage={stage}
                index={i}
                onMove={(by) => move(i, by)}
              />
            ))}
          </ol>
          <SaveFooter state={stagesSave.state} label="Save stages" />
        </form>
        <form className="inline-form" onSubmit={addStage} aria-label="Add a stage">
          <label>
            New stage
            <input name="stageName" required placeholder="e.g. Technical review" />
          </label>
          <label>
            Position
            <select name="position" defaultValue={pipeline.stages.length}>
              {pipeline.stages.map((s, i) => (
                <option key={s.id} value={i}>
                  Before {s.name}
                </option>
              ))}
              <option value={pipeline.stages.length}>At the end</option>
            </select>
          </label>
          <button type="submit">Add stage</button>
        </form>
      </section>
    </div>
  );
}
