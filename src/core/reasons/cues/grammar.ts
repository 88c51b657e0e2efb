import type { BuyerLanguage } from "../../text/language";
import type { LanguageGrammar } from "./types";

// Just enough grammar to read "not on holiday", "not because of the exchange
// rate", "the price is not the problem" and "…, but our customer has not paid"
// in each buyer language. Data, read by classify.ts.

export const GRAMMAR: Record<BuyerLanguage, LanguageGrammar> = {
  en: {
    not: [
      "not|no|never|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|haven't|hasn't|" +
        "hadn't|cannot|can't|nor|neither|without|no longer|not really",
    ],
    fillers: [
      "be|been|being|currently|really|actually|yet|even|the|a|an|any|at|on|in|all|exactly|" +
        "just|still|due|so|that|about|not only|not just|is|are|was|were|related|because|of|have|has|" +
        "had|got|any|much|big|serious|real|really",
    ],
    notBefore: [
      "not because|not due to|not about|not related to|nothing to do with|has nothing to do|" +
        "not a matter of|not a question of|not an issue of|it's not the|it is not the|isn't the|" +
        "not caused by|no problem with|no problems with|no issue with|no issues with|" +
        "not worried about|not concerned about|regardless of|not waiting for|not waiting on|" +
        "no longer waiting|no matter",
    ],
    notAfter: [
      "is not the problem|is not the issue|is not the reason|isn't the problem|isn't the issue|" +
        "isn't the reason|is not a problem|isn't a problem|is not an issue|isn't an issue|" +
        "is fine|is ok|is okay|is not a concern|are not the problem|aren't the problem|" +
        "are not an issue|aren't an issue|are fine|no problem|not a problem|not an issue|" +
        "doesn't matter|does not matter|is stable|has nothing to do|is not why|isn't why|" +
        "is not the cause|isn't the cause|is resolved|has been resolved|is solved|is over",
    ],
    topic: [
      "as for|as to|as regards|regarding|concerning|with regard to|with respect to|" +
        "in regard to|about",
    ],
    contrast: ["but|however|though|although|instead|rather|the real problem|the main problem"],
  },
  zh: {
    not: ["不|没|沒|未|别|別|并非|並非|没有|沒有|不是|并不是|並不是"],
    fillers: [
      "是|在|再|还|還|也|都|就|太|很|会|會|不得不|不能不|不仅|不僅|不但|不只|主要|因为|因為",
    ],
    notBefore: [
      "不是因为|不是因為|并不是因为|並不是因為|不是由于|不是由於|并非因为|並非因為|不是|并非|並非",
    ],
    notAfter: [
      "不是问题|不是問題|没问题|沒問題|没有问题|沒有問題|不是原因|不是主要原因|无关|無關|" +
        "没关系|沒關係|不影响|不影響|没有影响|沒有影響|已经解决|已經解決|已解决|已解決",
    ],
    topic: ["关于|關於|至于|至於|对于|對於"],
    contrast: ["但|但是|不过|不過|可是|然而|而是|只是|主要是|真正的原因"],
  },
  es: {
    not: ["no|nunca|ni|sin|tampoco|ya no|no solo"],
    fillers: [
      "está|estoy|estamos|es|son|el|la|los|las|un|una|de|en|por|actualmente|realmente|tan|del|" +
        "tenemos|tengo|tiene|tienen",
    ],
    notBefore: [
      "no es por|no es que|no es el|no es la|no se debe a|no tiene que ver con|nada que ver con|" +
        "no tiene nada que ver|no por|no es culpa de|no hay problema con|no estamos esperando|" +
        "independientemente de",
    ],
    notAfter: [
      "no es el problema|no es problema|no es un problema|no es la razón|no es el motivo|" +
        "no hay problema|está bien|no importa|no tiene nada que ver|ya se resolvió|está resuelto",
    ],
    topic: [
      "en cuanto a|en cuanto al|respecto a|respecto al|con respecto a|con respecto al|" +
        "en lo que respecta a|en lo que respecta al|acerca de|acerca del|sobre",
    ],
    contrast: ["pero|sin embargo|sino|aunque|no obstante|el verdadero problema|el problema es"],
  },
  fr: {
    not: ["pas|ne|jamais|aucun|aucune|sans|ni|non|plus jamais"],
    fillers: [
      "en|le|la|les|un|une|de|du|des|actuellement|vraiment|suis|est|sommes|sont|à|au|dû|due",
    ],
    notBefore: [
      "pas à cause|pas en raison|ce n'est pas|rien à voir|n'a rien à voir|pas lié|pas liée|" +
        "pas une question de|aucun problème de|pas de problème de|pas de souci de|n'est pas dû|" +
        "non pas|ne s'agit pas|indépendamment de",
    ],
    notAfter: [
      "n'est pas le problème|n'est pas un problème|n'est pas la raison|n'est pas en cause|" +
        "pas de problème|n'y est pour rien|ne pose pas de problème|ne pose aucun problème|" +
        "va bien|est réglé|est résolu",
    ],
    topic: [
      "quant à|quant au|quant aux|concernant|en ce qui concerne|pour ce qui est de|" +
        "pour ce qui est du|au sujet de|au sujet du|s'agissant de|s'agissant du",
    ],
    contrast: ["mais|cependant|pourtant|toutefois|par contre|en revanche|le vrai problème"],
  },
  de: {
    not: ["nicht|kein|keine|keinen|keinem|keiner|nie|niemals|ohne|nicht mehr"],
    fillers: ["im|in|auf|der|die|das|den|dem|ein|eine|gerade|derzeit|wirklich|mehr|nur|wegen|an"],
    notBefore: [
      "nicht wegen|liegt nicht an|liegt nicht am|liegt nicht daran|nicht aufgrund|nichts zu tun mit|hat nichts mit|" +
        "es geht nicht um|kein problem mit|keine probleme mit|unabhängig von|nicht an",
    ],
    notAfter: [
      "ist nicht das problem|ist kein problem|ist nicht der grund|sind nicht das problem|" +
        "sind kein problem|kein problem|spielt keine rolle|ist in ordnung|ist nicht schuld|" +
        "ist gelöst|ist erledigt",
    ],
    topic: ["bezüglich|hinsichtlich|in bezug auf|betreffend|zum thema"],
    contrast: ["aber|jedoch|sondern|allerdings|trotzdem|das eigentliche problem"],
  },
  pt: {
    not: ["não|nao|nunca|nem|sem|já não"],
    fillers: [
      "estou|está|estamos|é|o|a|os|as|um|uma|de|em|no|na|do|da|realmente|por|só|apenas|" +
        "temos|tenho|tem|têm",
    ],
    notBefore: [
      "não é por|não é por causa|não é devido|não tem a ver|nada a ver com|não é o|não é a|" +
        "não se trata de|sem problema com|não há problema com|não estamos esperando|" +
        "não estamos aguardando|independentemente",
    ],
    notAfter: [
      "não é o problema|não é problema|não é um problema|não é o motivo|não é a razão|" +
        "sem problema|está ok|está bem|não importa|não tem nada a ver|já foi resolvido|está resolvido",
    ],
    topic: [
      "quanto a|quanto ao|quanto à|em relação a|em relação ao|em relação à|com relação a|" +
        "com relação ao|a respeito de|a respeito do|no que diz respeito a|no que diz respeito ao|sobre",
    ],
    contrast: ["mas|porém|contudo|entretanto|no entanto|todavia|o verdadeiro problema"],
  },
  ru: {
    not: ["не|ни|нет|без|уже не|больше не"],
    fillers: ["в|на|из|за|сейчас|сегодня|только|из-за|был|была|были|с|по"],
    notBefore: [
      "не из-за|не связано|дело не в|не по причине|никак не связано|нет проблем с|" +
        "проблема не в|причина не в|независимо от|не связана",
    ],
    notAfter: [
      "не проблема|не является проблемой|не причина|не является причиной|не при чем|" +
        "ни при чём|ни при чем|не при чём|не важен|не важно|в порядке|нет проблем|решен|решён|решена",
    ],
    topic: ["что касается|касательно|насчёт|насчет|относительно|по поводу"],
    contrast: ["но|однако|зато|а вот|настоящая проблема|главная проблема"],
  },
  ar: {
    not: ["لا|لم|لن|ليس|لست|ليست|ليسوا|غير|بدون|لسنا|لم يعد"],
    fillers: ["في|على|الآن|حاليا|حالياً|بسبب|هو|هي|فقط"],
    notBefore: [
      "ليس بسبب|ليس له علاقة|لا علاقة|ليست المشكلة في|المشكلة ليست في|ليس السبب|" +
        "لا توجد مشكلة في|لا مشكلة في|ليست بسبب|بغض النظر عن",
    ],
    notAfter: [
      "ليس مشكلة|ليست مشكلة|ليس المشكلة|ليست المشكلة|ليس السبب|لا مشكلة|ليس له علاقة|لا يهم|" +
        "تم حلها|تم حله|انتهت",
    ],
    topic: ["بالنسبة|أما|فيما يخص|فيما يتعلق|بخصوص"],
    contrast: ["لكن|ولكن|غير أن|إلا أن|الا ان|بل|المشكلة الحقيقية"],
  },
};
