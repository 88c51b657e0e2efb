import type { BuyerLanguage } from "../../text/language";

/*
 * What makes a paragraph a disclaimer or confidentiality notice, the text a mail client or
 * a company server adds to every message ("This e-mail is confidential … may result in legal
 * action", "免责声明：本邮件含有保密信息 … 我司将依法追究法律责任。"). Its legal wording is not
 * the rep's, and the tone check leaves it out (disclaimer.ts), wherever in the draft it is.
 * Regular expression sources, matched in lower case (NFKC); a source that starts with a
 * letter of a spaced script matches only at the start of a word.
 *
 * A notice begins with a `notice` phrase, which names the notice itself ("Disclaimer",
 * "免责声明") or the e-mail and its reader ("not the intended recipient", "误收本邮件",
 * "diese E-Mail irrtümlich erhalten"), or with a `secrecy` word ("confidential", "保密")
 * followed by one more `secrecy` or `marker` word. A `notice` phrase names the e-mail, not
 * only a mistake or a recipient: those are trade words too ("误发的配件" are wrongly shipped
 * parts, "not the intended model", "die Rechnung irrtümlich erhalten"). A `marker` alone is
 * too common in the rep's own words ("本邮件", "收件人", "this e-mail and any …") to say so,
 * and so is a single word of secrecy ("please keep this confidential").
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
      "not the intended (recipient|addressee)",
      "(e-?mail|message|communication|transmission)[^.!?]{0,80}(the )?intended (recipient|addressee)",
      // With its "if": "You have received this email in error? No, this is the fourth reminder."
      "(if|should|in case) you (have |had )?(received|receive|got) this (e-?mail|message|communication|transmission) (in error|by mistake|by error|mistakenly)",
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
    notice: [
      "免责声明",
      "(误收|误发|错发|误投|错误地?收到|错误接收)(了)?(本|此|该|这封)(邮件|电子邮件|信息|讯息)",
      "(本|此|该)(邮件|电子邮件)[^。！？]{0,30}(误收|误发|错误地?收到)",
      "(并?非|不是)(本|此|该)?(邮件)?的?(预期|指定)收件人",
      "(本|此|该)(邮件|电子邮件)[^。！？]{0,40}(预期|指定)收件人",
    ],
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
      "(diese|die|eine) (e-?mail|nachricht) (irrtümlich|versehentlich|fälschlicherweise|irrtümlicherweise) erhalten",
      "nicht der (richtige|beabsichtigte|vorgesehene) (adressat|empfänger) (dieser|der) (e-?mail|nachricht)",
      "(sind|bist) nicht der (richtige|beabsichtigte|vorgesehene) (adressat|empfänger)",
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
      "pas (le|la|l'un des) destinataires? (prévue?s?|visée?s?|désignée?s?)",
      "destinataires? (prévue?s?|visée?s?|désignée?s?) de ce (message|courriel|e-?mail)",
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
      "no (es|sea|fuera|eres) (usted )?el destinatario (previsto|indicado)",
      "destinatario (previsto|indicado) de este (mensaje|correo|e-?mail)",
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
      "não (é|for|seja) o destinatário (pretendido|indicado)",
      "destinatário (pretendido|indicado) (desta mensagem|deste e-?mail)",
      "recebeu (esta mensagem|este e-?mail) por (engano|erro)",
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
    notice: [
      "إخلاء (ال)?مسؤولية",
      "(لست|لستم|لم تكن|لم تكونوا|غير) (ال)?(مستلم|مرسل إليه) (ال)?مقصود",
      "(ال)?(مستلم|مرسل إليه) (ال)?مقصود (لهذه الرسالة|لهذا البريد)",
      "(تلقيت|تلقيتم|استلمت|استلمتم|وصلتك|وصلتكم) (هذه الرسالة|هذا البريد)[^.!؟]{0,30}(عن طريق الخطأ|بالخطأ|خطأ)",
    ],
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
