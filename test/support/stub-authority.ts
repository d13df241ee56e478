import type { webcrypto } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { AuthConfiguration } from "@microsoft/agents-hosting";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { teamsAuthConfiguration } from "../../adapters/teams/teams-auth.js";

type CryptoKey = webcrypto.CryptoKey;

export const APP_ID = "0b6e0bd3-1f5e-4c51-9e4e-3bb5d1a7e0a1";

export interface TokenSpec {
  readonly audience?: string;
  readonly issuer?: string;
  readonly expiresInSeconds?: number;
  readonly kid?: string;
  /** Sign with a key the authority does not publish. */
  readonly stranger?: boolean;
}

/**
 * A stub Entra authority on loopback: its OpenID configuration and the keys (JWKS) that sign Bot
 * Framework tokens, and tokens signed with them, as Azure Bot Service sends them to the desk.
 */
export class StubAuthority {
  private server: Server | undefined;
  private signingKey: CryptoKey | undefined;
  private strangerKey: CryptoKey | undefined;
  url = "";
  keys: JWK[] = [];
  fetched = 0;

  async start(): Promise<this> {
    const pair = await generateKeyPair("RS256", { extractable: true });
    this.signingKey = pair.privateKey;
    this.strangerKey = (await generateKeyPair("RS256")).privateKey;
    this.keys = [{ ...(await exportJWK(pair.publicKey)), kid: "desk-key", use: "sig", alg: "RS256" }];
    const server = createServer((request, response) => {
      const path = request.url ?? "";
      if (path.endsWith("/discovery/v2.0/keys")) {
        this.fetched += 1;
        response
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ keys: this.keys }));
        return;
      }
      if (path.endsWith("/.well-known/openid-configuration")) {
        response.writeHead(200, { "content-type": "application/json" }).end(
          JSON.stringify({
            issuer: this.issuer,
            jwks_uri: `${this.url}/discovery/v2.0/keys`,
            id_token_signing_alg_values_supported: ["RS256"],
          }),
        );
        return;
      }
      response.writeHead(404).end();
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tenant-x`;
    return this;
  }

  get issuer(): string {
    return `${this.url}/v2.0`;
  }

  /** The desk's credentials, validated against this authority. */
  auth(): AuthConfiguration {
    return teamsAuthConfiguration({
      appId: APP_ID,
      password: "not-used-here",
      type: "SingleTenant",
      tenantId: "tenant-x",
      authority: this.url,
    });
  }

  token(spec: TokenSpec = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const key = spec.stranger === true ? this.strangerKey : this.signingKey;
    if (key === undefined) throw new Error("start the authority first");
    return new SignJWT({ serviceurl: "http://127.0.0.1" })
      .setProtectedHeader({ alg: "RS256", kid: spec.kid ?? "desk-key", typ: "JWT" })
      .setIssuer(spec.issuer ?? this.issuer)
      .setAudience(spec.audience ?? APP_ID)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60)
      .setExpirationTime(now + (spec.expiresInSeconds ?? 3600))
      .sign(key);
  }

  async stop(): Promise<void> {
    const server = this.server;
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  }
}
