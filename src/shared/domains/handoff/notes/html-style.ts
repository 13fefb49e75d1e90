/** Embedded stylesheet for the standalone handoff HTML: readable on screen, clean in print. */
export const HANDOFF_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0 auto; max-width: 52rem; padding: 2.5rem 1.5rem 3rem;
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1d232b; background: #fff;
}
header { border-bottom: 2px solid #1d232b; margin-bottom: 1.5rem; padding-bottom: 0.75rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 0.35rem; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 1.75rem 0 0.6rem; padding-bottom: 0.25rem; border-bottom: 1px solid #d5dae1; }
.meta { margin: 0; color: #56606d; }
dl.facts { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: 0.3rem 1.25rem; margin: 0; }
dl.facts dt { font-weight: 600; color: #3a434e; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid #e3e7ec; overflow-wrap: anywhere; }
th { font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.03em; color: #56606d; }
ul.checklist, ol.timeline { list-style: none; margin: 0; padding: 0; }
ul.checklist li, ol.timeline li { padding: 0.3rem 0; border-bottom: 1px dotted #e3e7ec; overflow-wrap: anywhere; }
.box { display: inline-block; width: 1.4em; font-size: 1.05em; }
li.done .label { color: #3a434e; }
.label { font-weight: 600; }
.date, time { color: #56606d; font-variant-numeric: tabular-nums; white-space: nowrap; }
.value { display: block; margin-left: 1.4em; }
.empty { color: #56606d; font-style: italic; }
footer { margin-top: 2.5rem; font-size: 0.85rem; color: #56606d; }
@page { margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid-page; }
  li, tr, dl.facts dt, dl.facts dd { break-inside: avoid-page; }
  section { break-inside: auto; }
}
`;
