/**
 * A clean-up plan as a picture of the manifest graph: every top-level image or index a card, its platform
 * manifests and attestations inside it, signatures and other referrers under what they refer to; each marked
 * KEEP or DELETE with the planner's reason. The same data as `dockhand cleanup --dry-run`, drawn.
 */
import type { CleanupPlan, Inventory, PlannedVersion } from "../cleanup/index.js";
import { type Html, html, humanSize, page, shortDigest } from "./html.js";

/** One node of the drawn graph. */
interface Node {
  version: PlannedVersion;
  platform?: string;
  children: Node[];
  referrers: Node[];
}

/** Builds the forest: roots are versions that are neither an index entry nor a referrer of a known manifest. */
export function planForest(inventory: Inventory, plan: CleanupPlan): Node[] {
  const byDigest = new Map(plan.versions.map((v) => [v.digest, v]));
  const nodes = new Map<string, Node>();
  for (const version of plan.versions) nodes.set(version.digest, { version, children: [], referrers: [] });
  const placed = new Set<string>();
  for (const [digest, node] of nodes) {
    const facts = inventory.manifests.get(digest);
    for (const child of facts?.children ?? []) {
      const childNode = nodes.get(child.digest);
      if (!childNode || placed.has(child.digest)) continue;
      childNode.platform = child.attestation ? "attestation" : child.platform;
      node.children.push(childNode);
      placed.add(child.digest);
    }
  }
  for (const [digest, node] of nodes) {
    const subject = inventory.manifests.get(digest)?.subject;
    if (subject && nodes.has(subject) && !placed.has(digest)) {
      nodes.get(subject)?.referrers.push(node);
      placed.add(digest);
    }
  }
  return plan.versions
    .filter((v) => !placed.has(v.digest) && byDigest.has(v.digest))
    .map((v) => nodes.get(v.digest) as Node);
}

function verdict(version: PlannedVersion): Html {
  return html`<span class="verdict ${version.action}">${version.action === "delete" ? "Delete" : "Keep"}</span>`;
}

function nodeHtml(node: Node, link: (digest: string) => string): Html {
  const v = node.version;
  const label = node.platform ?? v.role;
  const tags =
    v.tags.length > 0
      ? v.tags.map((t) => html`<span class="tag">${t}</span>`)
      : html`<span class="muted">untagged</span>`;
  const inner: Html[] = [];
  if (node.children.length > 0)
    inner.push(
      html`<ul class="graph" aria-label="platform manifests">${node.children.map((c) => html`<li>${nodeHtml(c, link)}</li>`)}</ul>`,
    );
  if (node.referrers.length > 0)
    inner.push(
      html`<p class="muted">Referrers:</p><ul class="graph" aria-label="referrers">${node.referrers.map((r) => html`<li>${nodeHtml(r, link)}</li>`)}</ul>`,
    );
  return html`<div class="card ${v.action}" id="${v.digest}" data-digest="${v.digest}" data-action="${v.action}">
${verdict(v)} <strong>${label}</strong> <a class="digest" href="${link(v.digest)}">${shortDigest(v.digest)}</a> ${tags}
<div class="muted">${v.reason}${v.action === "delete" && v.bytes > 0 ? ` — frees ${humanSize(v.bytes)}` : ""}</div>${inner}</div>`;
}

/** The plan's body: summary, warnings, the graph. `link` gives a manifest's page. */
export function planBody(
  inventory: Inventory,
  plan: CleanupPlan,
  link: (digest: string) => string,
  policy: string,
): Html {
  const deletions = plan.versions.filter((v) => v.action === "delete").length;
  const forest = planForest(inventory, plan);
  const warnings = [
    ...plan.warnings,
    ...plan.failures.map((f) => `could not read ${shortDigest(f.digest)}: ${f.reason}`),
  ];
  return html`<p>Policy: <code>${policy}</code></p>
<p><strong>${deletions}</strong> of ${plan.versions.length} manifests would be deleted, freeing ${humanSize(plan.bytesReclaimed)}${plan.complete ? "" : html` — <strong>nothing will be deleted</strong>: the view of the repository is incomplete`}.
This is a dry run: nothing has been deleted.</p>
${warnings.length > 0 ? html`<ul>${warnings.map((w) => html`<li>${w}</li>`)}</ul>` : ""}
<section aria-label="manifest graph">${forest.map((n) => nodeHtml(n, link))}</section>`;
}

/** A self-contained HTML document of a plan (`dockhand cleanup --html FILE`). */
export function planDocument(inventory: Inventory, plan: CleanupPlan, policy: string): string {
  return page(
    `Clean-up plan for ${plan.repository}`,
    [{ label: plan.repository }],
    planBody(inventory, plan, (d) => `#${d}`, policy),
  );
}
