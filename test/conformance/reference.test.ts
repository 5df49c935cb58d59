/**
 * The conformance suite against the reference registry (CNCF distribution 2.8.2, `docker-registry`), so the suite
 * itself is checked against an independent implementation. What 2.8.2 lacks is skipped by name; where it fails
 * something the spec requires (or strongly recommends), the test stays as a known gap.
 */
import { describe } from "vitest";
import { startReferenceRegistry } from "../helpers/reference-registry.js";
import { hasTool } from "../helpers/tools.js";
import { defineConformanceSuite } from "./suite.js";

describe.skipIf(!hasTool("docker-registry"))("reference registry", () => {
  defineConformanceSuite({
    name: "docker-registry (distribution 2.8.2)",
    start: async () => await startReferenceRegistry(),
    lacks: {
      referrers: "distribution 2.8.2 has no referrers API",
      subjectHeader: "distribution 2.8.2 predates OCI-Subject",
      anonymousMount: "distribution 2.8.2 opens a session for a mount without from",
      monolithicPost: "distribution 2.8.2 answers POST with digest with a 202 session (the spec allows it)",
      sha512Blobs: "distribution 2.8.2 stores sha512 uploads under their sha256 digest",
      sha512Manifests: "distribution 2.8.2 addresses manifests by sha256 only",
      tagParam: "?tag= on manifest PUT is newer than distribution 2.8.2",
      tagDelete: "distribution 2.8.2 refuses tag deletes (400), which the spec allows",
    },
    gaps: {
      outOfOrderChunk: "distribution 2.8.2 accepts a chunk that starts past the end",
      rangeUnsatisfiable: "distribution 2.8.2 drops the connection instead of answering 416",
      tagOrder: "distribution 2.8.2 lists tags in storage order, not lexical order",
      tagLast: "distribution 2.8.2 ignores last when n is not given",
      tagListZero: "distribution 2.8.2 ignores n=0",
      manifestSizeLimit: "distribution 2.8.2 answers 400, not 413, for a manifest over 4 MiB",
      invalidReference: "distribution 2.8.2 answers 500 for a malformed digest reference",
      nonDistributable: "distribution 2.8.2 refuses layers with urls unless configured to allow them",
      nameInvalid: "distribution 2.8.2's router answers 404 for names outside the grammar",
    },
  });
});
