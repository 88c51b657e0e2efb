import { OutlookHost } from "../../../../src/hosts/outlook/host";
import { FakeOffice, readItem } from "../../../fakes/office";

// MSAL's nestable client needs Outlook's broker, which only Outlook has: here it is replaced,
// and what is tested is when Kindly asks for it and with what.
const naaAuth = jest.fn(async () => ({ token: async () => "naa-token" }));
const loadNaa = async () => naaAuth;

const CONFIG = {
  clientId: "11111111-2222-4333-8444-555555555555",
  baseUrl: "https://microsoftgraph.chinacloudapi.cn",
  loginUrl: "https://login.chinacloudapi.cn",
};

describe("Graph tokens in Outlook", () => {
  beforeEach(() => naaAuth.mockClear());

  it("are not asked for where Outlook has no nested app authentication", async () => {
    const office: FakeOffice = new FakeOffice(readItem(() => office));
    expect(await new OutlookHost(office, undefined, loadNaa).graphAuth(CONFIG)).toBeNull();
    expect(naaAuth).not.toHaveBeenCalled();
  });

  it("come through nested app authentication, for the configured app and cloud", async () => {
    const office: FakeOffice = new FakeOffice(readItem(() => office));
    office.nestedAppAuth = true;
    const auth = await new OutlookHost(office, undefined, loadNaa).graphAuth(CONFIG);
    expect(await auth!.token()).toBe("naa-token");
    expect(naaAuth).toHaveBeenCalledWith(CONFIG);
  });

  it("are not asked for where nothing can load MSAL (the send-time handler)", async () => {
    const office: FakeOffice = new FakeOffice(readItem(() => office));
    office.nestedAppAuth = true;
    expect(await new OutlookHost(office).graphAuth(CONFIG)).toBeNull();
  });
});
