import { errorText } from "../../../src/hosts/worded";
import { HostError } from "../../../src/hosts/mailhost";
import { SettingsError } from "../../../src/hosts/preferences";
import { stringsFor } from "../../../src/locales";

describe("errorText", () => {
  const zhTW = stringsFor("zh-TW");

  it("words a refused setting in the UI language, each problem once", () => {
    const refused = new SettingsError({
      "countries.a.de": "settingsProblemTooManyCountries",
      "countries.b.de": "settingsProblemTooManyCountries",
      budget: "settingsProblemBudget",
    });
    expect(refused.message).toMatch(/^Settings not saved: /);
    expect(errorText(refused, zhTW)).toBe(
      `${zhTW.settingsProblemTooManyCountries} ${zhTW.settingsProblemBudget}`
    );
  });

  it("words a mail client's failure in the UI language, and leaves other errors as they say", () => {
    const host = HostError.worded({ problem: "hostReplyToInsert", operation: "doInsertReminder" });
    expect(host.message).toBe("Open a reply to insert the reminder.");
    expect(errorText(host, zhTW)).toBe("請先開啟一封回覆，再插入提醒。");
    // A HostError the Gmail add-on words itself, and any other error: their own message.
    expect(errorText(new HostError("已在 Gmail 說明"), zhTW)).toBe("已在 Gmail 說明");
    expect(errorText(new Error("Office.js could not be loaded."), zhTW)).toBe(
      "Office.js could not be loaded."
    );
  });
});
