import { createNestablePublicClientApplication } from "@azure/msal-browser";
import { naaAuth } from "../../../../src/hosts/outlook/naa";

// MSAL's nestable client talks to Outlook's broker, which only Outlook has: here it is
// replaced, and what is tested is how many clients Kindly makes and what it asks them for.
jest.mock("@azure/msal-browser", () => ({ createNestablePublicClientApplication: jest.fn() }));
const create = createNestablePublicClientApplication as jest.Mock;

const config = (clientId: string, cloud = "microsoft.com") => ({
  clientId,
  baseUrl: `https://graph.${cloud}`,
  loginUrl: `https://login.${cloud}`,
});

function fakeClient() {
  return {
    acquireTokenSilent: jest.fn(async () => ({ accessToken: "silent" })),
    acquireTokenPopup: jest.fn(async () => ({ accessToken: "popup" })),
  };
}

describe("nested app authentication's client", () => {
  beforeEach(() => create.mockReset());

  it("is made once for the pane's life, however many threads read Graph", async () => {
    const client = fakeClient();
    create.mockResolvedValue(client);
    const first = await naaAuth(config("app-a"));
    const second = await naaAuth(config("app-a"));
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({
      auth: { clientId: "app-a", authority: "https://login.microsoft.com/common" },
    });
    expect(await first.token()).toBe("silent");
    expect(await second.token(true)).toBe("popup");
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: ["https://graph.microsoft.com/Mail.Read"],
    });
  });

  it("is made again for another app or another cloud", async () => {
    create.mockImplementation(async () => fakeClient());
    await naaAuth(config("app-b"));
    await naaAuth(config("app-c"));
    await naaAuth(config("app-b", "chinacloudapi.cn"));
    await naaAuth(config("app-b"));
    expect(create).toHaveBeenCalledTimes(3);
  });

  it("is not kept when it could not be made: the next read tries again", async () => {
    create.mockRejectedValueOnce(new Error("broker unavailable"));
    await expect(naaAuth(config("app-d"))).rejects.toThrow("broker unavailable");
    create.mockResolvedValue(fakeClient());
    expect(await (await naaAuth(config("app-d"))).token()).toBe("silent");
    expect(create).toHaveBeenCalledTimes(2);
  });
});
