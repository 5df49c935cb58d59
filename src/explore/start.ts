/** `dockhand explore`'s server: the explorer alone on its own port, bound to 127.0.0.1 unless told otherwise. */
import { createServer } from "node:http";
import { listen } from "../server/listen.js";
import { createExplorerHandler, type ExplorerSource } from "./handler.js";

/** A running explorer. */
export interface RunningExplorer {
  /** `http://127.0.0.1:PORT/ui/` */
  url: string;
  close(): Promise<void>;
}

/** Starts the explorer over `sources` (registry host → source). */
export async function startExplorer(options: {
  sources: ReadonlyMap<string, ExplorerSource>;
  host?: string;
  port?: number;
}): Promise<RunningExplorer> {
  const bindHost = options.host ?? "127.0.0.1";
  let address = "";
  const explorer = createExplorerHandler({ sources: () => options.sources, hosts: [] });
  const server = createServer(async (req, res) => {
    if (await explorer(req, res)) return;
    if (req.url === "/" || req.url === "") {
      res.writeHead(302, { location: "/ui/" }).end();
      return;
    }
    res
      .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
      .end(`not found; the explorer is at ${address}/ui/\n`);
  });
  address = `http://${(await listen(server, options.port ?? 0, bindHost)).authority}`;
  return {
    url: `${address}/ui/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
