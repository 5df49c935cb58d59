/** The OCI model: media types, digests, manifests and platforms — pure data and checks. */
export * from "./digest.js";
export * from "./manifest.js";
export * from "./mediaTypes.js";
export * from "./platform.js";
