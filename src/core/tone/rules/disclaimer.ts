import type { BuyerLanguage } from "../../text/language";

/*
 * What makes a paragraph a disclaimer or confidentiality notice, the text a mail client or
 * a company server adds to every message ("This e-mail is confidential … may result in legal
 * action", "免责声明：本邮件含有保密信息 … 我司将依法追究法律责任。"). Its legal wording is not
 * the rep's, and the tone check leaves it out (disclaimer.ts), wherever in the draft it is.
 * Regular expression sources, matched in lower case (NFKC); a source that starts with a
 * letter of a spaced script matches only at the start of a word.
 *
 * A paragraph is a notice when it holds a `notice` word, which names the paragraph itself
 * ("Disclaimer", "免责声明", "intended recipient"), or a `secrecy` word ("confidential",
 * "保密") and one more `secrecy` or `marker` word. A `marker` alone is too common in the
 * rep's own words ("本邮件", "收件人", "this e-mail and any …") to say so, and so is a
 * single word of secrecy ("please keep this confidential").
 */
export interface DisclaimerWords {
  notice: readonly string[];
  secrecy: readonly string[];
  marker: readonly string[];
}

export const DISCLAIMER: Readonly<Record<BuyerLanguage, DisclaimerWords>> = {
  en: {
    notice: [
      "disclaimer",
      "confidentiality notice",
      "intended recipient",
      "not the intended",
      "received this (e-?mail|message|communication|transmission) in error",
      "if you have received this (e-?mail|message|communication|transmission) (in error|by mistake)",
    ],
    secrecy: ["confidential\\p{L}*", "privileged"],
    marker: [
      "unauthori[sz]ed",
      "disclosure",
      "addressee",
      "notify the sender",
      "intended (solely|only|exclusively) for",
      "strictly prohibited",
      "this (e-?mail|message|communication) and any",
      "legally",
    ],
  },
  zh: {
    notice: ["免责", "预期收件人", "指定收件人", "误收", "错误地收到", "误发"],
    secrecy: ["保密", "机密"],
    marker: [
      "本邮件",
      "此邮件",
      "该邮件",
      "收件人",
      "未经授权",
      "未经许可",
      "发件人",
      "严禁",
      "禁止",
    ],
  },
  de: {
    notice: [
      "haftungsausschluss",
      "vertraulichkeitshinweis",
      "irrtümlich erhalten",
      "nicht der (richtige|beabsichtigte) (adressat|empfänger)",
    ],
    secrecy: ["vertraulich\\p{L}*"],
    marker: [
      "diese (e-?mail|nachricht)",
      "empfänger",
      "absender",
      "unbefugt\\p{L}*",
      "weitergabe",
      "untersagt",
      "nicht gestattet",
    ],
  },
  fr: {
    notice: [
      "avis de non-responsabilité",
      "avis de confidentialité",
      "clause de non-responsabilité",
      "destinataire prévu",
      "reçu ce (message|courriel|e-?mail) par erreur",
    ],
    secrecy: ["confidentiel\\p{L}*", "privilégié\\p{L}*"],
    marker: [
      "ce (message|courriel|e-?mail)",
      "destinataire\\p{L}*",
      "expéditeur",
      "non autorisé\\p{L}*",
      "divulgation",
      "interdit\\p{L}*",
    ],
  },
  es: {
    notice: [
      "descargo de responsabilidad",
      "aviso de confidencialidad",
      "destinatario previsto",
      "recibido este (mensaje|correo\\p{L}*|e-?mail) por error",
    ],
    secrecy: ["confidencial\\p{L}*", "privilegiad\\p{L}*"],
    marker: [
      "aviso legal",
      "este (mensaje|correo)",
      "destinatario\\p{L}*",
      "remitente",
      "no autorizad\\p{L}*",
      "divulgación",
      "prohibid\\p{L}*",
    ],
  },
  pt: {
    notice: [
      "isenção de responsabilidade",
      "aviso de confidencialidade",
      "destinatário pretendido",
      "recebeu (esta mensagem|este e-?mail) por engano",
    ],
    secrecy: ["confidencia\\p{L}*", "privilegiad\\p{L}*"],
    marker: [
      "aviso legal",
      "esta mensagem",
      "este e-?mail",
      "destinatário\\p{L}*",
      "remetente",
      "não autorizad\\p{L}*",
      "divulgação",
      "proibid\\p{L}*",
    ],
  },
  ru: {
    notice: [
      "отказ от ответственности",
      "получили (это|данное) (письмо|сообщение) по ошибке",
      "не являетесь (его |её )?(адресатом|получателем)",
    ],
    secrecy: ["конфиденциальн\\p{L}*", "секретн\\p{L}*"],
    marker: [
      "(это|данное) (письмо|сообщение)",
      "адресат\\p{L}*",
      "получател\\p{L}*",
      "отправител\\p{L}*",
      "несанкционированн\\p{L}*",
      "разглашени\\p{L}*",
      "запрещ\\p{L}*",
    ],
  },
  ar: {
    notice: ["إخلاء (ال)?مسؤولية", "المستلم المقصود", "المرسل إليه المقصود"],
    // Not a bare "سري": it opens "سريع" (quick).
    secrecy: ["سرية", "سري(?!\\p{L})"],
    marker: [
      "هذه الرسالة",
      "هذا البريد",
      "المرسل إليه",
      "المستلم",
      "المرسل",
      "غير المصرح",
      "الإفصاح",
      "يحظر",
      "محظور",
      "عن طريق الخطأ",
    ],
  },
};
