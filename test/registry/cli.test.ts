/**
 * `dockhand ls`, `inspect`, `digest` and `rm`, run in-process against the reference registry and small servers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { buildSampleImage, pushSampleImage, type SampleImage } from "../../src/sample/image.js";
import { runCli } from "../helpers/cli.js";
import { freePort, type ReferenceRegistry, startReferenceRegistry } from "../helpers/reference-registry.js";
import { hasTool } from "../helpers/tools.js";
import { listen, sendJson } from "./servers.js";

const env = { DOCKER_CONFIG: "/nonexistent/dockhand-test", HOME: "/nonexistent/dockhand-test" };

const run = (args: string[], extraEnv: Record<string, string> = {}) => runCli(args, { env: { ...env, ...extraEnv } });

describe("registry commands: bad input", () => {
  it("refuse a malformed reference with exit 1 and a hint", async () => {
    const result = await run(["inspect", "localhost:5000/Team/App:v1"]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("must be lowercase");
  });

  it("refuse a repository with a tag in ls as usage (exit 2)", async () => {
    const result = await run(["ls", "localhost:5000/team/app:v1"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("dockhand ls localhost:5000/team/app");
  });

  it("name the host and the cause when the registry is unreachable (exit 3)", async () => {
    const port = await freePort();
    const result = await run(["digest", `127.0.0.1:${port}/team/app:v1`, "--json"]);
    expect(result.code).toBe(3);
    const error = JSON.parse(result.out).error;
    expect(error.code).toBe("NETWORK");
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("refuse a malformed manifest (exit 1) but still print it with --raw", async () => {
    const server = await listen((_req, res) => {
      res.writeHead(200, { "content-type": "application/vnd.oci.image.manifest.v1+json", "content-length": 12 });
      res.end("{not json!!}");
    });
    try {
      const result = await run(["inspect", `${server.host}/team/app:v1`]);
      expect(result.code).toBe(1);
      expect(result.err).toContain("not valid JSON");
      const raw = await run(["inspect", `${server.host}/team/app:v1`, "--raw"]);
      expect(raw).toMatchObject({ code: 0, out: "{not json!!}" });
    } finally {
      await server.close();
    }
  });

  it("quote the registry and name the scope on 401/403 (exit 3)", async () => {
    const server = await listen((req, res) => {
      if (req.url?.startsWith("/token")) {
        sendJson(res, 403, { details: "insufficient scope: package is private" });
        return;
      }
      res.writeHead(401, { "www-authenticate": `Bearer realm="http://${req.headers.host}/token",service="test"` });
      res.end();
    });
    try {
      const result = await run(["inspect", `${server.host}/owner/private:v1`]);
      expect(result.code).toBe(3);
      expect(result.err).toContain('scope "repository:owner/private:pull"');
      expect(result.err).toContain("insufficient scope: package is private");
    } finally {
      await server.close();
    }
  });
});

describe.skipIf(!hasTool("docker-registry"))("registry commands against the reference registry", () => {
  let registry: ReferenceRegistry;
  let sample: SampleImage;
  const name = () => `${registry.host}/team/app`;

  beforeAll(async () => {
    registry = await startReferenceRegistry();
    const client = new RegistryClient({ credentials: async () => undefined });
    try {
      sample = buildSampleImage({ seed: "cli" });
      await pushSampleImage(new RegistryStore(client, registry.host), "team/app", sample, ["v1", "latest", "old"]);
    } finally {
      await client.close();
    }
  });
  afterAll(async () => {
    await registry?.close();
  });

  it("ls lists tags, as text and JSON", async () => {
    expect(await run(["ls", name()])).toMatchObject({ code: 0, out: "latest\nold\nv1\n" });
    const json = await run(["ls", name(), "--json"]);
    expect(JSON.parse(json.out)).toEqual({ repository: name(), tags: ["latest", "old", "v1"] });
  });

  it("ls of a repository that does not exist exits 1 naming it", async () => {
    const result = await run(["ls", `${registry.host}/team/nothing`]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`repository ${registry.host}/team/nothing not found`);
  });

  it("ls reaches a registry through --resolve and DOCKHAND_RESOLVE", async () => {
    const flag = await run(["ls", "ghcr.io/team/app", "--resolve", `ghcr.io=${registry.url}`]);
    expect(flag).toMatchObject({ code: 0, out: "latest\nold\nv1\n" });
    const fromEnv = await run(["ls", "ghcr.io/team/app"], { DOCKHAND_RESOLVE: `ghcr.io=${registry.url}` });
    expect(fromEnv.code).toBe(0);
  });

  it("digest prints the digest alone", async () => {
    expect(await run(["digest", `${name()}:v1`])).toMatchObject({ code: 0, out: `${sample.index.digest}\n` });
    expect(await run(["digest", name()])).toMatchObject({ code: 0, out: `${sample.index.digest}\n` });
    const missing = await run(["digest", `${name()}:nope`]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`${name()}:nope not found`);
  });

  it("inspect shows the platforms of an index", async () => {
    const result = await run(["inspect", `${name()}:v1`]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`digest      ${sample.index.digest}`);
    expect(result.out).toContain("(OCI image index)");
    for (const image of sample.images) {
      expect(result.out).toMatch(
        new RegExp(`${image.platform.os}/${image.platform.architecture}\\s+\\S+ \\S+\\s+${image.manifest.digest}`),
      );
    }
  });

  it("inspect shows the config and layers of an image", async () => {
    const image = sample.images[1];
    if (!image) throw new Error("no image");
    const result = await run(["inspect", `${name()}@${image.manifest.digest}`]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`platform    ${image.platform.os}/${image.platform.architecture}`);
    expect(result.out).toContain(`config      ${image.config.digest}`);
    for (const layer of image.layers) expect(result.out).toContain(layer.digest);
    expect(result.out).toContain(`${image.layers.length} layers`);
    const json = JSON.parse((await run(["inspect", `${name()}@${image.manifest.digest}`, "--json"])).out);
    expect(json).toMatchObject({
      kind: "image",
      digest: image.manifest.digest,
      config: { digest: image.config.digest, architecture: image.platform.architecture },
    });
    expect(json.layers).toHaveLength(image.layers.length);
  });

  it("inspect --raw prints the exact bytes", async () => {
    const result = await run(["inspect", `${name()}:v1`, "--raw"]);
    expect(result.out).toBe(Buffer.from(sample.index.bytes).toString("utf8"));
  });

  it("rm explains that distribution cannot delete a tag alone, then deletes by digest", async () => {
    const tag = await run(["rm", `${name()}:old`]);
    expect(tag.code).toBe(3);
    expect(tag.err).toContain("refused to delete the tag old");
    expect(tag.err).toContain(`dockhand rm ${name()}@${sample.index.digest}`);
    const byDigest = await run(["rm", `${name()}@${sample.index.digest}`]);
    expect(byDigest).toMatchObject({
      code: 0,
      out: `deleted manifest ${name()}@${sample.index.digest} and every tag pointing at it\n`,
    });
    expect((await run(["digest", `${name()}:v1`])).code).toBe(1);
    expect((await run(["rm", name()])).code).toBe(2);
  });

  it("every command documents examples and exit codes in --help", async () => {
    for (const command of ["ls", "inspect", "digest", "rm"]) {
      const result = await run([command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.out).toContain("Examples:");
      expect(result.out).toContain("Exit codes:");
      expect(result.out).toContain("--resolve");
    }
  });
});
