/**
 * HTML for the explorer, built on the server: a tagged template that escapes every interpolated value unless it is
 * already {@link Html}, the page frame with its stylesheet, and the URLs of the pages. No front-end tool chain and
 * no script is needed to read any page; pages work from the keyboard and say everything in words (colour only
 * repeats what the text says).
 */
import { formatBytes } from "../copy/events.js";

/** Markup that is already safe. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === undefined || value === null || value === false) return "";
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\`` escapes `text`; nested `html` results, arrays of them and `raw()` pass through. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** `1234` → `1.2 KiB`; empty when unknown. */
export function humanSize(bytes: number | undefined): string {
  return bytes === undefined ? "" : formatBytes(bytes);
}

/** `sha256:0123456789abcdef…` → `sha256:0123456789ab`. */
export function shortDigest(digest: string): string {
  return digest.length > 19 ? digest.slice(0, 19) : digest;
}

/** The pages' URLs: each names the registry and the reference, so a link can be shared. */
export const urls = {
  home: () => "/ui/",
  registry: (host: string) => `/ui/r/${host}/`,
  repository: (host: string, repo: string, query: { q?: string; page?: number } = {}) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.page && query.page > 1) params.set("page", String(query.page));
    const search = params.toString();
    return `/ui/r/${host}/${repo}${search ? `?${search}` : ""}`;
  },
  // A tag never contains ":" and a digest always does.
  manifest: (host: string, repo: string, reference: string) =>
    `/ui/i/${host}/${repo}${reference.includes(":") ? "@" : ":"}${reference}`,
  layer: (host: string, repo: string, digest: string) => `/ui/l/${host}/${repo}@${digest}`,
  plan: (host: string, repo: string) => `/ui/plan/${host}/${repo}`,
  delete: (host: string, repo: string, tag: string) => `/ui/delete/${host}/${repo}:${tag}`,
};

const STYLE = `
:root { font-family: system-ui, sans-serif; line-height: 1.45; color: #1b1f24; background: #fff; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
header nav { font-size: .95rem; margin-bottom: 1rem; }
header nav a { margin-right: .25rem; }
h1 { font-size: 1.4rem; word-break: break-all; } h2 { font-size: 1.1rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
th { background: #f6f8fa; }
code, pre, .digest { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .88rem; }
pre { background: #f6f8fa; padding: .8rem; overflow-x: auto; border: 1px solid #d0d7de; }
a { color: #0550ae; } a:focus, button:focus, input:focus { outline: 3px solid #0969da; outline-offset: 1px; }
.tag { display: inline-block; border: 1px solid #8c959f; border-radius: 1rem; padding: 0 .5rem; margin: 0 .2rem .2rem 0; }
.verdict { font-weight: 700; text-transform: uppercase; font-size: .8rem; letter-spacing: .04em; }
.delete { color: #a40e26; } .keep { color: #116329; }
ul.graph, ul.graph ul { list-style: none; padding-left: 1.4rem; border-left: 2px solid #d0d7de; }
ul.graph > li, ul.graph ul > li { margin: .35rem 0; }
.card { border: 1px solid #d0d7de; border-radius: .4rem; padding: .5rem .7rem; margin: .5rem 0; }
.card.delete { border: 2px dashed #a40e26; } .card.keep { border: 2px solid #116329; }
.muted { color: #57606a; } .copy { font-size: .8rem; }
form.inline { display: inline; }
`;

/** A whole page: title, breadcrumb trail and body. */
export function page(title: string, trail: { label: string; href?: string }[], body: Html): string {
  const crumbs = trail.map((c, i) =>
    c.href
      ? html`<a href="${c.href}">${c.label}</a>${i < trail.length - 1 ? " / " : ""}`
      : html`<span>${c.label}</span>`,
  );
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — dockhand explore</title><style>${new Html(STYLE)}</style></head>
<body><header><nav aria-label="Breadcrumb"><a href="/ui/">dockhand explore</a> / ${crumbs}</nav></header>
<main><h1>${title}</h1>${body}</main></body></html>`.value;
}
