/**
 * A migration's status as a page: the phase among the four, the tags in step between OLD and NEW, and the
 * references to OLD left in the checkout. The same data as `dockhand migrate status`.
 */
import type { MigrationStatus } from "../migrate/index.js";
import { PHASES } from "../migrate/plan-file.js";
import { html, page } from "./html.js";

/** The page body. */
export function migrationBody(status: MigrationStatus): ReturnType<typeof html> {
  const { migration, tags, referencesLeft } = status;
  const phases = PHASES.map((phase) => {
    const at = PHASES.indexOf(migration.phase);
    const mine = PHASES.indexOf(phase);
    const state = mine < at ? "done" : mine === at ? "current" : "to come";
    return html`<li${phase === migration.phase ? html` aria-current="step"` : ""}><strong>${phase}</strong> — ${state}</li>`;
  });
  const tagRows = [
    ...tags.inStep.map((t) => ({ tag: t, state: "in step" })),
    ...tags.missing.map((t) => ({ tag: t, state: "missing in NEW" })),
    ...tags.differing.map((t) => ({ tag: t, state: "differs" })),
  ].sort((a, b) => a.tag.localeCompare(b.tag));
  return html`<p><code>${migration.from}</code> → <code>${migration.to}</code></p>
<h2>Phase</h2><ol>${phases}</ol>
${migration.switched.length > 0 ? html`<p>Switched so far: ${migration.switched.map((s) => html`<code>${s}</code> `)}</p>` : ""}
<h2>Tags</h2><p>${tags.inStep.length} of ${tags.total} tags in step.</p>
<table><thead><tr><th scope="col">Tag</th><th scope="col">State</th></tr></thead><tbody>${tagRows.map(
    (r) => html`<tr><td>${r.tag}</td><td>${r.state}</td></tr>`,
  )}</tbody></table>
<h2>References left</h2><p>${referencesLeft.length} reference${referencesLeft.length === 1 ? "" : "s"} to <code>${migration.from}</code> in the checkout.</p>
<ul>${referencesLeft.map((r) => html`<li><code>${r.file}:${r.line}</code> <code>${r.text}</code></li>`)}</ul>
<h2>History</h2><ol>${migration.history.map((h) => html`<li>${h.at}: ${h.phase} — ${h.result}</li>`)}</ol>`;
}

/** A self-contained HTML document (`dockhand migrate status --html FILE`). */
export function migrationDocument(status: MigrationStatus): string {
  return page(
    `Migration ${status.migration.from} → ${status.migration.to}`,
    [{ label: "migration" }],
    migrationBody(status),
  );
}
