/** The explorer's pages as pure functions of what the model read: registry, repository, manifest and layer. */
import { formatPlatform } from "../oci/index.js";
import { Html, html, humanSize, page, shortDigest, urls } from "./html.js";
import type { LayerListing } from "./layer-files.js";
import type { ManifestView, ReferrerNode, TagPageView } from "./model.js";

/** A `docker pull` line with a copy button (the button is a convenience: the text can be selected as well). */
function pullLine(text: string): Html {
  return html`<p><code>${text}</code> <button type="button" class="copy" data-copy="${text}">Copy</button></p>`;
}

/** The one script of the explorer: copy buttons. Pages read the same without it. */
const COPY_SCRIPT = new Html(
  `<script>document.addEventListener("click",e=>{const b=e.target.closest("button[data-copy]");if(!b)return;navigator.clipboard&&navigator.clipboard.writeText(b.dataset.copy).then(()=>{b.textContent="Copied"})});</script>`,
);

/** The registries this explorer may read. */
export function homePage(hosts: string[]): string {
  const rows = hosts.map((h) => html`<li><a href="${urls.registry(h)}">${h}</a></li>`);
  return page(
    "Registries",
    [],
    html`<ul>${rows}</ul><p class="muted">Only the registries named when the explorer started are reachable from here.</p>`,
  );
}

/** A registry's repositories (its catalog), or why they cannot be listed. */
export function registryPage(
  host: string,
  repositories: string[] | { unavailable: string },
  options: { ownerListing: boolean; owner?: string } = { ownerListing: false },
): string {
  const body = Array.isArray(repositories)
    ? html`<p>${repositories.length} repositories.</p><ul>${repositories.map(
        (r) => html`<li><a href="${urls.repository(host, r)}">${r}</a></li>`,
      )}</ul>`
    : html`<p>${repositories.unavailable}</p>`;
  const form = html`<form method="get" action="/ui/go"><input type="hidden" name="host" value="${host}">
<label>Open a repository: <input name="repo" placeholder="owner/name" required></label> <button>Open</button></form>`;
  const ownerForm = options.ownerListing
    ? html`<form method="get"><label>List an owner's packages: <input name="owner" value="${options.owner ?? ""}" placeholder="owner"></label> <button>List</button></form>`
    : "";
  return page(host, [{ label: host }], html`${ownerForm}${form}${body}`);
}

/** A repository's tags, one page of them. */
export function repositoryPage(host: string, repo: string, view: TagPageView, options: { canDelete: boolean }): string {
  const rows = view.rows.map((row) => {
    const del = options.canDelete ? html`<a href="${urls.delete(host, repo, row.tag)}">Delete tag…</a>` : "";
    return html`<tr><td><a href="${urls.manifest(host, repo, row.tag)}">${row.tag}</a></td>
<td class="digest">${row.digest ? html`<a href="${urls.manifest(host, repo, row.digest)}">${shortDigest(row.digest)}</a>` : "unreadable"}</td>
<td>${row.kind}</td><td>${row.platforms.join(", ")}</td><td>${humanSize(row.size)}</td><td>${del}</td></tr>`;
  });
  const nav: Html[] = [];
  if (view.page > 1)
    nav.push(
      html`<a rel="prev" href="${urls.repository(host, repo, { q: view.query, page: view.page - 1 })}">Previous page</a> `,
    );
  if (view.page < view.pages)
    nav.push(
      html`<a rel="next" href="${urls.repository(host, repo, { q: view.query, page: view.page + 1 })}">Next page</a>`,
    );
  const body = html`<form method="get"><label>Filter tags: <input name="q" value="${view.query}"></label> <button>Filter</button></form>
<p>${view.total} tags${view.query ? html` matching <code>${view.query}</code>` : ""}; page ${view.page} of ${view.pages}. <a href="${urls.plan(host, repo)}">Plan a clean-up…</a></p>
<table><thead><tr><th scope="col">Tag</th><th scope="col">Digest</th><th scope="col">Kind</th><th scope="col">Platforms</th><th scope="col">Size</th><th scope="col"><span class="muted">Actions</span></th></tr></thead>
<tbody>${rows}</tbody></table><p>${nav}</p>`;
  return page(repo, [{ label: host, href: urls.registry(host) }, { label: repo }], body);
}

function referrerList(host: string, repo: string, nodes: ReferrerNode[]): Html {
  if (nodes.length === 0) return html``;
  return html`<ul>${nodes.map(
    (
      n,
    ) => html`<li><a href="${urls.manifest(host, repo, n.descriptor.digest)}" class="digest">${shortDigest(n.descriptor.digest)}</a>
 — ${n.descriptor.artifactType ?? n.descriptor.mediaType}${referrerList(host, repo, n.children)}</li>`,
  )}</ul>`;
}

/** The manifest's JSON with every digest it names made a link to where that content is shown. */
function linkedJson(host: string, repo: string, view: ManifestView): Html {
  const targets = new Map<string, string>();
  const parsed = view.parsed;
  if (parsed.kind === "index")
    for (const m of parsed.manifests) targets.set(m.digest, urls.manifest(host, repo, m.digest));
  else {
    for (const l of parsed.layers) targets.set(l.digest, urls.layer(host, repo, l.digest));
    targets.set(parsed.config.digest, "#config");
  }
  if (view.subject) targets.set(view.subject.digest, urls.manifest(host, repo, view.subject.digest));
  const escaped = html`${view.json}`.value;
  return new Html(
    escaped.replace(/(sha256|sha512):[0-9a-f]{32,128}/g, (digest) => {
      const href = targets.get(digest);
      return href ? `<a href="${href}">${digest}</a>` : digest;
    }),
  );
}

/** An index or image: platforms or config and layers, referrers as a graph, the document itself. */
export function manifestPage(host: string, repo: string, reference: string, view: ManifestView): string {
  const parsed = view.parsed;
  const parts: Html[] = [
    html`<p>${parsed.kind === "index" ? "Index" : parsed.artifactType ? "Artifact" : "Image"} <code>${view.mediaType}</code>, ${humanSize(view.size)}</p>
<p>Digest: <code>${view.digest}</code></p>${pullLine(`docker pull ${host}/${repo}@${view.digest}`)}`,
  ];
  if (view.subject) {
    parts.push(
      html`<p>Refers to <a href="${urls.manifest(host, repo, view.subject.digest)}" class="digest">${shortDigest(view.subject.digest)}</a> (its subject).</p>`,
    );
  }
  if (parsed.kind === "index") {
    parts.push(
      html`<h2>Platforms</h2><table><thead><tr><th scope="col">Platform</th><th scope="col">Digest</th><th scope="col">Size</th></tr></thead><tbody>${parsed.manifests.map(
        (
          m,
        ) => html`<tr><td>${m.platform ? (m.platform.os === "unknown" ? `attestation (${m.annotations?.["vnd.docker.reference.type"] ?? "unknown/unknown"})` : formatPlatform(m.platform)) : "(none)"}</td>
<td class="digest"><a href="${urls.manifest(host, repo, m.digest)}">${shortDigest(m.digest)}</a></td><td>${humanSize(m.size)}</td></tr>`,
      )}</tbody></table>`,
    );
  } else {
    const config = view.config;
    if (config) {
      parts.push(html`<h2 id="config">Config</h2><table><tbody>
${config.platform ? html`<tr><th scope="row">Platform</th><td>${config.platform}</td></tr>` : ""}
${config.created ? html`<tr><th scope="row">Created</th><td>${config.created}</td></tr>` : ""}
<tr><th scope="row">Entrypoint</th><td><code>${JSON.stringify(config.entrypoint)}</code></td></tr>
<tr><th scope="row">Cmd</th><td><code>${JSON.stringify(config.cmd)}</code></td></tr>
${config.workingDir ? html`<tr><th scope="row">Working dir</th><td><code>${config.workingDir}</code></td></tr>` : ""}
${config.user ? html`<tr><th scope="row">User</th><td><code>${config.user}</code></td></tr>` : ""}
<tr><th scope="row">Env</th><td>${config.env.map((e) => html`<code>${e}</code><br>`)}</td></tr>
<tr><th scope="row">Labels</th><td>${Object.entries(config.labels).map(([k, v]) => html`<code>${k}=${v}</code><br>`)}</td></tr>
</tbody></table>
<h2>History</h2><ol>${config.history.map((h) => html`<li><code>${h.createdBy ?? ""}</code>${h.empty ? html` <span class="muted">(no layer)</span>` : ""}</li>`)}</ol>`);
    }
    parts.push(
      html`<h2>Layers</h2><table><thead><tr><th scope="col">#</th><th scope="col">Digest</th><th scope="col">Media type</th><th scope="col">Size</th></tr></thead><tbody>${parsed.layers.map(
        (l, i) =>
          html`<tr><td>${i + 1}</td><td class="digest"><a href="${urls.layer(host, repo, l.digest)}">${shortDigest(l.digest)}</a></td><td><code>${l.mediaType}</code></td><td>${humanSize(l.size)}</td></tr>`,
      )}</tbody></table>`,
    );
  }
  parts.push(
    html`<h2>Referrers</h2>${view.referrers.length === 0 ? html`<p>No signatures, SBOMs or attestations refer to this manifest.</p>` : html`<ul class="graph"><li><span class="digest">${shortDigest(view.digest)}</span> (this manifest)${referrerList(host, repo, view.referrers)}</li></ul>`}`,
  );
  parts.push(html`<h2>Manifest</h2><pre>${linkedJson(host, repo, view)}</pre>${COPY_SCRIPT}`);
  const trail = [
    { label: host, href: urls.registry(host) },
    { label: repo, href: urls.repository(host, repo) },
    { label: reference.includes(":") ? shortDigest(reference) : reference },
  ];
  return page(`${repo}${reference.includes(":") ? "@" : ":"}${reference}`, trail, html`${parts}`);
}

/** A layer's files. */
export function layerPage(host: string, repo: string, digest: string, listing: LayerListing): string {
  const rows = listing.entries.map(
    (
      e,
    ) => html`<tr><td><code>${e.path}</code>${e.linkTarget ? html` → <code>${e.linkTarget}</code>` : ""}${e.whiteout ? html` <strong>(whiteout)</strong>` : ""}</td>
<td>${e.type}</td><td>${e.type === "file" ? humanSize(e.size) : ""}</td><td><code>${(e.mode & 0o7777).toString(8).padStart(4, "0")}</code></td></tr>`,
  );
  const more =
    listing.total > listing.entries.length
      ? html`<p>Showing the first ${listing.entries.length} of ${listing.total} entries.</p>`
      : "";
  const body = html`<p>${listing.total} entries; compression: ${listing.compression}.</p>${more}
<table><thead><tr><th scope="col">Path</th><th scope="col">Type</th><th scope="col">Size</th><th scope="col">Mode</th></tr></thead><tbody>${rows}</tbody></table>`;
  const trail = [
    { label: host, href: urls.registry(host) },
    { label: repo, href: urls.repository(host, repo) },
    { label: `layer ${shortDigest(digest)}` },
  ];
  return page(`Layer ${shortDigest(digest)}`, trail, body);
}

/** A page that says what went wrong, with the way back. */
export function errorPage(status: number, message: string): string {
  return page(
    status === 404 ? "Not found" : "Something went wrong",
    [],
    html`<p>${message}</p><p><a href="/ui/">Back to the registries</a></p>`,
  );
}
