/** What the copy and sync commands load when they run (one dynamic import keeps their start-up lean). */
export { copy } from "./by-name.js";
export { jsonReporter, textReporter } from "./reporter.js";
export { UploadState, uploadStatePath } from "./upload-state.js";
