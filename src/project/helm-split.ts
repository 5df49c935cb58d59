/**
 * Helm-style image maps that split the name into `registry` and `repository` fields (with `global.imageRegistry`
 * as the chart-wide registry): the name exists in no single scalar, so the text finder cannot see it.
 */
import type { ImageReference } from "../reference/index.js";
import { parseReference, sameRepository } from "../reference/index.js";
import type { NamePiece } from "./types.js";
import { contentRange, mapEntry, scalarEntry, type YamlScalar, type YamlTree, yamlMaps } from "./yaml-tree.js";

/** A split name that resolves to the target. */
export interface SplitReference {
  /** The `repository` scalar: where the finding points. */
  repository: YamlScalar;
  /** The `registry` scalar, when the map has one (else the registry came from `global.imageRegistry`). */
  registry: YamlScalar;
  pieces: NamePiece[];
  name: string;
  /** Whether registry + repository name the target. */
  matches: boolean;
  tag?: string;
  digest?: string;
}

/** Finds `{registry, repository}` maps, and says which name the target. */
export function findSplitReferences(text: string, tree: YamlTree, target: ImageReference): SplitReference[] {
  const references: SplitReference[] = [];
  for (const document of tree.documents) {
    const globalRegistry = scalarEntry(mapEntry(document, "global"), "imageRegistry");
    for (const map of yamlMaps(document)) {
      const repository = scalarEntry(map, "repository");
      const registry = scalarEntry(map, "registry") ?? globalRegistry;
      if (!repository || !registry || registry.value === "") continue;
      const registryRange = contentRange(registry);
      const repositoryRange = contentRange(repository);
      if (!registryRange || !repositoryRange) continue;
      // The planner splices these ranges: they must spell the values exactly (no escapes).
      if (text.slice(registryRange.start, registryRange.end) !== registry.value) continue;
      if (text.slice(repositoryRange.start, repositoryRange.end) !== repository.value) continue;
      const name = `${registry.value}/${repository.value}`;
      let parsed: ImageReference;
      try {
        parsed = parseReference(name);
      } catch {
        parsed = { domain: "", path: "" };
      }
      const matches = sameRepository(parsed, target) && parsed.tag === undefined && parsed.digest === undefined;
      const tag = scalarEntry(map, "tag")?.value ?? scalarEntry(map, "version")?.value;
      const digest = scalarEntry(map, "digest")?.value;
      references.push({
        repository,
        registry,
        name,
        matches,
        pieces: [
          { text: registry.value, ...registryRange, literal: true },
          { text: "/", literal: false },
          { text: repository.value, ...repositoryRange, literal: true },
        ],
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {}),
      });
    }
  }
  return references;
}
