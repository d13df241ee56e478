import { type AuthConfiguration, AuthType, getAuthConfigWithDefaults } from "@microsoft/agents-hosting";

/** How the app registration signs in: Azure Bot's three app types. */
export type TeamsAppType = "SingleTenant" | "MultiTenant" | "UserAssignedMSI";

export interface TeamsCredentials {
  /** The app registration's client id (Azure Bot's Microsoft App ID). */
  readonly appId: string;
  /** Its client secret; a user-assigned managed identity has none. */
  readonly password?: string | undefined;
  /** The tenant of a single-tenant app or a managed identity. */
  readonly tenantId?: string | undefined;
  readonly type: TeamsAppType;
  /** The Entra authority (a sovereign cloud's, or a test's); Microsoft's public cloud by default. */
  readonly authority?: string | undefined;
}

/**
 * The Agents SDK's configuration for these credentials: it checks each request's Bot Framework token
 * (signature from the authority's keys, audience, expiry, and issuer, always) and signs the desk's sends.
 */
export function teamsAuthConfiguration(credentials: TeamsCredentials): AuthConfiguration {
  const common = {
    clientId: credentials.appId,
    validateIssuer: true,
    ...(credentials.tenantId !== undefined && { tenantId: credentials.tenantId }),
    ...(credentials.authority !== undefined && { authority: credentials.authority }),
  };
  switch (credentials.type) {
    case "UserAssignedMSI":
      return getAuthConfigWithDefaults({ ...common, authType: AuthType.UserManagedIdentity });
    case "SingleTenant":
    case "MultiTenant":
      return getAuthConfigWithDefaults({
        ...common,
        ...(credentials.password !== undefined && { clientSecret: credentials.password }),
      });
  }
}
