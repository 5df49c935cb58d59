/**
 * `npx tsx bench/serve/push.ts [MiB] [rounds] [parallel]`: a focused blob-push benchmark (POST + PUT of one large
 * blob per client) of the embedded registry's disk store against docker-registry, rounds interleaved so a noisy
 * neighbour hurts both alike, after one untimed warm-up push to each (as in index.ts). Prints each round and the
 * median MiB/s of each registry and their ratio.
 */
import { loadavg } from "node:os";
import { median } from "../stats.js";
import { alternating, pushBlobs, randomBlobs, startDockhand, startReference } from "./index.js";

const sizeMiB = Number(process.argv[2] ?? 64);
const rounds = Number(process.argv[3] ?? 6);
const parallel = Number(process.argv[4] ?? 1);

const targets = [await startDockhand(), await startReference()];
const seen = new Map<string, number[]>(targets.map((t) => [t.name, []]));
try {
  const warmUp = randomBlobs(parallel, sizeMiB);
  for (const target of targets) await pushBlobs(target, "bench/warm-up", warmUp, parallel);
  for (let round = 0; round < rounds; round++) {
    const blobs = randomBlobs(parallel, sizeMiB);
    await alternating(targets, round, async (target) => {
      const rate = await pushBlobs(target, `bench/push${round}`, blobs, parallel);
      seen.get(target.name)?.push(rate);
      process.stdout.write(
        `round ${round} ${target.name}: ${rate.toFixed(1)} MiB/s (load ${loadavg()[0]?.toFixed(1)})\n`,
      );
    });
  }
} finally {
  for (const target of targets) await target.close();
}
const [ours, reference] = targets.map((t) => median(seen.get(t.name) ?? []));
process.stdout.write(
  `median: dockhand ${ours?.toFixed(1)} MiB/s, reference ${reference?.toFixed(1)} MiB/s, ratio ${((ours ?? 0) / (reference || 1)).toFixed(2)}\n`,
);
