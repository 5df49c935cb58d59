/**
 * The web explorer: a registry's repositories and tags, an image's platforms, config, layers and referrers, a
 * layer's files and a clean-up plan drawn as the manifest graph, served as plain HTML from the server side.
 */
export { createExplorerHandler, type ExplorerOptions, type ExplorerSource } from "./handler.js";
export { type LayerEntry, type LayerListing, listLayer } from "./layer-files.js";
export { planDocument } from "./plan-page.js";
export { localSource, remoteSource } from "./sources.js";
export { type RunningExplorer, startExplorer } from "./start.js";
