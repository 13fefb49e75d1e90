import { HandoffTemplate } from '../../model';
import { moveInArray } from './edit';

type Template = HandoffTemplate;

/** Why a template cannot be saved, in plain words; empty when it is fine. */
export function templateProblems(template: Template): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  template.forEach((section, s) => {
    const name = section.title.trim() || `Section ${s + 1}`;
    if (!section.title.trim()) problems.push(`Section ${s + 1} needs a title.`);
    if (keys.has(section.key)) problems.push(`"${name}" has the same key as another section.`);
    keys.add(section.key);
    section.items.forEach((label, i) => {
      if (!label.trim()) problems.push(`Item ${i + 1} of "${name}" needs a label.`);
    });
  });
  return problems;
}

/** The template schema plus the rules above (unique keys, no blank titles or labels). */
export const HandoffTemplateInput = HandoffTemplate.superRefine((template, ctx) => {
  for (const message of templateProblems(template)) ctx.addIssue({ code: 'custom', message });
});

/** A key for a new section: a slug of its title, unique within the template. */
export function sectionKey(title: string, template: Template): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'section';
  const taken = new Set(template.map((s) => s.key));
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

const at = (template: Template, index: number, change: (s: Template[number]) => Template[number]): Template =>
  template.map((s, i) => (i === index ? change(s) : s));

const inRange = (list: readonly unknown[], i: number): boolean => i >= 0 && i < list.length;

export function addSection(template: Template, title: string): Template {
  return [...template, { key: sectionKey(title, template), title, items: [] }];
}

/** Renaming keeps the key, so prefills and milestone dates keep working. */
export function renameSection(template: Template, index: number, title: string): Template {
  return at(template, index, (s) => ({ ...s, title }));
}

export function removeSection(template: Template, index: number): Template {
  return template.filter((_, i) => i !== index);
}

export function moveSection(template: Template, from: number, to: number): Template {
  if (!inRange(template, from) || !inRange(template, to)) return template;
  return moveInArray(template, from, to);
}

export function addTemplateItem(template: Template, section: number, label: string): Template {
  return at(template, section, (s) => ({ ...s, items: [...s.items, label] }));
}

export function renameTemplateItem(
  template: Template,
  section: number,
  item: number,
  label: string,
): Template {
  return at(template, section, (s) => ({ ...s, items: s.items.map((l, i) => (i === item ? label : l)) }));
}

export function removeTemplateItem(template: Template, section: number, item: number): Template {
  return at(template, section, (s) => ({ ...s, items: s.items.filter((_, i) => i !== item) }));
}

export function moveTemplateItem(template: Template, section: number, from: number, to: number): Template {
  return at(template, section, (s) =>
    inRange(s.items, from) && inRange(s.items, to) ? { ...s, items: moveInArray(s.items, from, to) } : s,
  );
}
