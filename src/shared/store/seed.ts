import { createDefaultPipeline, defaultSettings } from '../engine';
import type { FieldlineDB } from './db';

/** First run: the default seven-stage pipeline and default settings, in one transaction. */
export async function seedIfEmpty(db: FieldlineDB, now: number, newId: () => string): Promise<void> {
  await db.transaction('rw', [db.pipelines, db.settings], async () => {
    if ((await db.pipelines.count()) === 0) await db.pipelines.add(createDefaultPipeline(newId, now));
    if (!(await db.settings.get('settings')))
      await db.settings.put({ key: 'settings', value: defaultSettings() });
  });
}
