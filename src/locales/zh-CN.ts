import type { Strings } from "./en";

export const zhCN: Strings = {
  appName: "Kindly",
  tagline: "从容、礼貌的催款提醒",
  loading: "正在读取邮件往来…",
  errorTitle: "Kindly 遇到了问题",
  retry: "重试",
  threadHeading: "邮件往来",
  messageCount: "{count} 封邮件",
  sideOurs: "我方",
  sideBuyer: "买家",
  noDate: "无日期",
  unknownSender: "（无发件人）",
  insertSample: "插入示例段落",
  replyWithSample: "用示例段落回复",
  inserted: "已插入邮件。",
  replyOpened: "已打开带有该段落的回复。",
  samplePreview: "示例段落",
};
