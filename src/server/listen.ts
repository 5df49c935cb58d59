/** Starting an HTTP server on a host and port, and the address clients use for it. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Where a server listens: its port and `host:port` as a URL authority (an IPv6 host in brackets). */
export interface Listening {
  port: number;
  authority: string;
}

/** Listens on `host` and `port` (0: any free port); rejects with the server's error (EADDRINUSE, EACCES). */
export async function listen(server: Server, port: number, host: string): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  return { port: bound, authority: `${host.includes(":") ? `[${host}]` : host}:${bound}` };
}
