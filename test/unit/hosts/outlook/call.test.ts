import { officeCall, officeSync } from "../../../../src/hosts/outlook/call";
import { HostError } from "../../../../src/hosts/mailhost";
import { stringsFor } from "../../../../src/locales";
import { FakeOffice, FAILED, SUCCEEDED } from "../../../fakes/office";

const office = new FakeOffice(null);

describe("officeCall", () => {
  it("resolves with the value of a succeeded call", async () => {
    await expect(
      officeCall(office, "doReadSubject", (cb) => cb({ status: SUCCEEDED, value: 42 }))
    ).resolves.toBe(42);
  });

  it("rejects a failed call with Outlook's message", async () => {
    const call = officeCall(office, "doReadSubject", (cb) =>
      cb({ status: FAILED, value: undefined, error: { message: "Item is busy" } })
    );
    await expect(call).rejects.toThrow("Outlook could not read the subject: Item is busy");
  });

  it("rejects a call that throws", async () => {
    const call = officeCall(office, "doReadSubject", () => {
      throw new Error("boom");
    });
    await expect(call).rejects.toBeInstanceOf(HostError);
  });

  it("rejects a call that never answers, once the timeout passes", async () => {
    await expect(officeCall(office, "doReadSubject", () => undefined, 20)).rejects.toThrow(
      "Outlook did not answer (read the subject)."
    );
  });

  it("ignores a late answer after the timeout", async () => {
    let late: ((r: { status: unknown; value: number }) => void) | undefined;
    const call = officeCall<number>(office, "doReadSubject", (cb) => (late = cb), 10);
    await expect(call).rejects.toThrow("did not answer");
    expect(() => late?.({ status: SUCCEEDED, value: 1 })).not.toThrow();
  });
});

describe("officeSync", () => {
  it("turns a throw into a HostError naming the operation", () => {
    expect(() =>
      officeSync("doOpenReply", () => {
        throw new Error("not allowed");
      })
    ).toThrow("Outlook could not open a reply: not allowed");
  });
});

describe("a failure's words", () => {
  /** The error a call rejects with. */
  async function failureOf(
    start: Parameters<typeof officeCall<unknown>>[2],
    timeout?: number
  ): Promise<HostError> {
    return officeCall(office, "doSaveSettings", start, timeout).then(
      () => Promise.reject(new Error("the call succeeded")),
      (e: HostError) => e
    );
  }

  it("are English in the message and the rep's UI language on screen, with Outlook's own words kept", async () => {
    const error = await failureOf((cb) =>
      cb({ status: FAILED, value: undefined, error: { message: "项目正忙" } })
    );
    expect(error.message).toBe("Outlook could not save settings: 项目正忙");
    expect(error.wordedIn(stringsFor("zh-CN"))).toBe("Outlook 未能保存设置：项目正忙");
    expect(error.wordedIn(stringsFor("zh-TW"))).toBe("Outlook 無法儲存設定：项目正忙");
  });

  it("word the 32 KB refusal and a call with no answer in each UI language", async () => {
    const full = await failureOf((cb) =>
      cb({ status: FAILED, value: undefined, error: { code: 9057, message: "x" } })
    );
    expect(full.message).toBe(
      "Outlook could not save settings: Kindly's saved settings are over Outlook's 32 KB limit"
    );
    expect(full.wordedIn(stringsFor("zh-CN"))).toContain("32 KB 上限");
    const silent = await failureOf(() => undefined, 10);
    expect(silent.wordedIn(stringsFor("zh-TW"))).toBe("Outlook 沒有回應（儲存設定）。");
  });
});
