import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { StubAuthority } from "../../support/stub-authority.js";
import { aTeamsDesk, OUTBOUND_TOKEN, TEAMS_ACME, TEAMS_PEOPLE } from "../../support/teams-desk.js";

let authority: StubAuthority;
beforeAll(async () => {
  authority = await new StubAuthority().start();
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

describe("Bot Framework tokens", () => {
  it("refuses every request without a valid token with 401, and runs nothing", async () => {
    desk = await aTeamsDesk({ auth: authority.auth() });
    const refused: [string, Record<string, string>][] = [
      ["no header", {}],
      ["garbage", { authorization: "Bearer not.a.token" }],
      ["another scheme", { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` }],
      ["wrong audience", { authorization: `Bearer ${await authority.token({ audience: "someone-else" })}` }],
      [
        "wrong issuer",
        { authorization: `Bearer ${await authority.token({ issuer: "https://evil.example/v2.0" })}` },
      ],
      ["expired", { authorization: `Bearer ${await authority.token({ expiresInSeconds: -900 })}` }],
      ["unknown key", { authorization: `Bearer ${await authority.token({ kid: "who-knows" })}` }],
      ["bad signature", { authorization: `Bearer ${await authority.token({ stranger: true })}` }],
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
    desk = await aTeamsDesk({ auth: authority.auth() });
    const body = desk.activity(
      TEAMS_PEOPLE.carla,
      { id: `${TEAMS_ACME};messageid=m-valid`, conversationType: "channel" },
      { id: "m-valid", text: "Checkout is down for everyone" },
    );
    const answer = await desk.post(body, { authorization: `Bearer ${await authority.token()}` });
    expect(answer.status).toBe(200);
    const again = await desk.post(body, { authorization: `Bearer ${await authority.token()}` });
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
