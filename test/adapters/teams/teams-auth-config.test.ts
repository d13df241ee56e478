import { describe, expect, it } from "vitest";
import { teamsAuthConfiguration } from "../../../adapters/teams/teams-auth.js";

const APP = "0b6e0bd3-1f5e-4c51-9e4e-3bb5d1a7e0a1";
const TENANT = "8d2b7c51-3a8e-4d5f-9c1a-2b3c4d5e6f70";

describe("the Agents SDK configuration for each Azure Bot type", () => {
  it("checks issuers always, and signs with the secret, in the app's tenant for SingleTenant", () => {
    const config = teamsAuthConfiguration({
      appId: APP,
      password: "secret",
      tenantId: TENANT,
      type: "SingleTenant",
    });
    expect(config).toMatchObject({
      clientId: APP,
      clientSecret: "secret",
      tenantId: TENANT,
      validateIssuer: true,
    });
    expect(config.issuers).toEqual(
      expect.arrayContaining([
        "https://api.botframework.com",
        `https://login.microsoftonline.com/${TENANT}/v2.0`,
      ]),
    );
  });

  it("takes no tenant for MultiTenant, and no secret for a user-assigned managed identity", () => {
    const multi = teamsAuthConfiguration({ appId: APP, password: "secret", type: "MultiTenant" });
    expect(multi).toMatchObject({ clientId: APP, clientSecret: "secret", validateIssuer: true });
    expect(multi.issuers).toContain("https://api.botframework.com");
    const msi = teamsAuthConfiguration({ appId: APP, tenantId: TENANT, type: "UserAssignedMSI" });
    expect(msi).toMatchObject({ clientId: APP, authType: "UserManagedIdentity", tenantId: TENANT });
    expect(msi.clientSecret).toBeUndefined();
  });

  it("uses another cloud's authority when given one", () => {
    const gov = teamsAuthConfiguration({
      appId: APP,
      password: "secret",
      tenantId: TENANT,
      type: "SingleTenant",
      authority: "https://login.microsoftonline.us",
    });
    expect(gov.issuers).toContain("https://api.botframework.us");
  });
});
