import type { webcrypto } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

type CryptoKey = webcrypto.CryptoKey;

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { teamsAuthConfiguration } from "../../../adapters/teams/teams-auth.js";
import { aTeamsDesk, OUTBOUND_TOKEN, TEAMS_ACME, TEAMS_PEOPLE } from "../../support/teams-desk.js";

const APP_ID = "00000000-0000-0000-0000-00000000a99";

/** A stub Entra authority on loopback: its OpenID configuration and the keys that sign Bot Framework tokens. */
class StubAuthority {
  private server: Server | undefined;
  url = "";
  keys: JWK[] = [];
  fetched = 0;

  async start(): Promise<this> {
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

  async stop(): Promise<void> {
    const server = this.server;
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  }
}

let authority: StubAuthority;
let signingKey: CryptoKey;
let strangerKey: CryptoKey;
beforeAll(async () => {
  authority = await new StubAuthority().start();
  const pair = await generateKeyPair("RS256", { extractable: true });
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair("RS256")).privateKey;
  authority.keys = [{ ...(await exportJWK(pair.publicKey)), kid: "desk-key", use: "sig", alg: "RS256" }];
});
afterAll(async () => {
  await authority.stop();
});

type TeamsDesk = Awaited<ReturnType<typeof aTeamsDesk>>;
let desk: TeamsDesk | undefined;
afterEach(async () => {
  await desk?.stop();
  desk = undefined;
});

interface TokenSpec {
  readonly audience?: string;
  readonly issuer?: string;
  readonly expiresInSeconds?: number;
  readonly kid?: string;
  readonly key?: CryptoKey;
}

function token(spec: TokenSpec = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ serviceurl: "http://127.0.0.1" })
    .setProtectedHeader({ alg: "RS256", kid: spec.kid ?? "desk-key", typ: "JWT" })
    .setIssuer(spec.issuer ?? authority.issuer)
    .setAudience(spec.audience ?? APP_ID)
    .setIssuedAt(now - 60)
    .setNotBefore(now - 60)
    .setExpirationTime(now + (spec.expiresInSeconds ?? 3600))
    .sign(spec.key ?? signingKey);
}

async function aDeskThatChecksTokens() {
  return aTeamsDesk({
    auth: teamsAuthConfiguration({
      appId: APP_ID,
      password: "not-used-here",
      type: "SingleTenant",
      tenantId: "tenant-x",
      authority: authority.url,
    }),
  });
}

describe("Bot Framework tokens", () => {
  it("refuses every request without a valid token with 401, and runs nothing", async () => {
    desk = await aDeskThatChecksTokens();
    const refused: [string, Record<string, string>][] = [
      ["no header", {}],
      ["garbage", { authorization: "Bearer not.a.token" }],
      ["another scheme", { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` }],
      ["wrong audience", { authorization: `Bearer ${await token({ audience: "someone-else" })}` }],
      ["wrong issuer", { authorization: `Bearer ${await token({ issuer: "https://evil.example/v2.0" })}` }],
      ["expired", { authorization: `Bearer ${await token({ expiresInSeconds: -900 })}` }],
      ["unknown key", { authorization: `Bearer ${await token({ kid: "who-knows" })}` }],
      ["bad signature", { authorization: `Bearer ${await token({ key: strangerKey })}` }],
    ];
    for (const [why, headers] of refused) {
      const body = desk.activity(
        TEAMS_PEOPLE.carla,
        { id: `${TEAMS_ACME};messageid=m-${why}`, conversationType: "channel" },
        { id: `m-${why}`, text: `Checkout is down (${why})` },
      );
      const answer = await desk.post(body, headers);
      expect(answer.status, why).toBe(401);
    }
    await desk.settled();
    expect(await desk.store.get(1)).toBeUndefined();
    expect(desk.connector.requests).toEqual([]);
    expect(desk.runtime.intake.stats.handled).toBe(0);
  });

  it("takes a request with a valid token, and handles it once", async () => {
    desk = await aDeskThatChecksTokens();
    const body = desk.activity(
      TEAMS_PEOPLE.carla,
      { id: `${TEAMS_ACME};messageid=m-valid`, conversationType: "channel" },
      { id: "m-valid", text: "Checkout is down for everyone" },
    );
    const answer = await desk.post(body, { authorization: `Bearer ${await token()}` });
    expect(answer.status).toBe(200);
    const again = await desk.post(body, { authorization: `Bearer ${await token()}` });
    expect(again.status).toBe(200);
    await desk.settled();
    expect((await desk.store.get(1))?.customer).toBe("acme");
    expect(await desk.store.get(2)).toBeUndefined();
    expect(authority.fetched).toBeGreaterThan(0);
    // The desk's own sends carry its app token.
    expect(desk.connector.sent.length).toBeGreaterThan(0);
    for (const sent of desk.connector.sent) expect(sent.authorization).toBe(`Bearer ${OUTBOUND_TOKEN}`);
  });
});
