import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";
import type { Logger } from "../../src/ports/logger.js";
import type { ComponentState } from "./outage-watch.js";

export interface Readiness {
  /** False once the desk is shutting down: it takes no new requests. */
  readonly accepting: boolean;
  readonly components: Readonly<Record<string, ComponentState>>;
}

export interface HealthServerOptions {
  readonly port: number;
  readonly host?: string;
  readonly registry: Registry;
  readonly readiness: () => Readiness;
  readonly logger: Logger;
}

export interface HealthServer {
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * The desk's small listener for its operator, in every mode (Socket Mode and local included):
 * `/healthz` answers while the process runs, `/readyz` while it takes work (store and chat answering,
 * not shutting down; 503 with the reason otherwise), `/metrics` in Prometheus' text format.
 */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (path === "/healthz") {
      response.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
      return;
    }
    if (path === "/readyz") {
      const { accepting, components } = options.readiness();
      const ready = accepting && Object.values(components).every((state) => state.up);
      const body = {
        ready,
        accepting,
        components: Object.fromEntries(
          Object.entries(components).map(([name, state]) => [
            name,
            { ...state, since: new Date(state.since).toISOString() },
          ]),
        ),
      };
      response
        .writeHead(ready ? 200 : 503, { "content-type": "application/json" })
        .end(`${JSON.stringify(body)}\n`);
      return;
    }
    if (path === "/metrics") {
      options.registry.metrics().then(
        (text) => response.writeHead(200, { "content-type": options.registry.contentType }).end(text),
        (error: unknown) => {
          options.logger.warn({ err: error }, "could not collect the metrics");
          response.writeHead(500, { "content-type": "text/plain" }).end("metrics unavailable\n");
        },
      );
      return;
    }
    response
      .writeHead(404, { "content-type": "text/plain" })
      .end("not found: try /healthz, /readyz or /metrics\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  // Scrapers and probes keep connections open: a stopping desk must not wait for them.
  server.keepAliveTimeout = 5000;
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
