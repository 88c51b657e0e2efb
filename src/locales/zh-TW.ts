import type { Strings } from "./en";

export const zhTW: Strings = {
  appName: "Kindly",
  tagline: "從容、有禮的催款提醒",
  loading: "正在讀取郵件往來…",
  errorTitle: "Kindly 遇到了問題",
  retry: "重試",
  threadHeading: "郵件往來",
  messageCount: "{count} 封郵件",
  sideOurs: "我方",
  sideBuyer: "買家",
  noDate: "無日期",
  unknownSender: "（無寄件者）",
  insertSample: "插入範例段落",
  replyWithSample: "以範例段落回覆",
  inserted: "已插入郵件。",
  replyOpened: "已開啟含有該段落的回覆。",
  samplePreview: "範例段落",
};
