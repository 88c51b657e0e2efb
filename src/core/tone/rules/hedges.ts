import type { BuyerLanguage } from "../../text/language";

// The standard polite collection line assumes the buyer's good faith: "I'm sure it's just an
// oversight that you haven't paid yet", "we are sure there is a good reason", "I'm sure it
// simply slipped through the cracks". What follows is then no accusation. It is no
// condition either: "I'm sure it's an oversight and we will not take legal action" reassures.
const SURE_EN =
  "(i'm|i am|we're|we are) (quite |fully |absolutely |completely )?(sure|certain|confident) (that )?";
const ASSUMED_EN =
  `${SURE_EN}(it|this|that)('s| is| was| must be| must have been| has been) (just |only |simply |merely |probably )?(an? )?(honest |simple |small |minor |administrative )?(oversight|mistake|misunderstanding|delay|error|slip|mix-up|mixup)|` +
  `${SURE_EN}(it|this|that|the (payment|invoice|transfer)) (has |have |had )?(just |simply |probably )?(slipped (through the cracks|your mind|off your radar)|fallen through the cracks|got lost)|` +
  `${SURE_EN}there (is|'s|must be) (a |some )?(good |simple |valid )?(reason|explanation)`;

// English "may" is a guess as a modal ("you may have paid"), not as the month ("since May
// you have not paid", "in May", "May 5", "May was the deadline"); "sure" is a guess only
// when unsure ("I'm not sure you received it"), or when sure of the buyer's good faith
// (ASSUMED_EN): "I am sure you have not paid" blames.
const GUESSES_EN =
  "if|in case|unless|whether|should|provided|perhaps|maybe|might|" +
  "(?<!(since|in|until|till|from|by|of|early|late|mid|last|this|next|end|during|before|after)(?: |-))may(?! ?\\d| (was|is|has|had)(?!\\p{L}))|" +
  "hope|(not|never) (quite |entirely |completely |really )?sure|unsure|make sure|making sure";
export const HEDGES_EN = `${GUESSES_EN}|${ASSUMED_EN}`;
// What French "si" intensifies ("si tard", "si longtemps"), where it means "so".
const SO_FR =
  "tard|longtemps|souvent|peu|mal|bien|vite|lent|lente|lents|lentes|long|longue|difficile|difficiles|" +
  "compliqué|compliquée|compliqués|simple|important|importante|grave|urgent|urgente|patient|patients|" +
  "gentil|gentils|occupé|occupée|occupés|déçu|déçus|déçue|surpris|nombreux|nombreuses|cher|chère|" +
  "grand|grande|petit|petite|fréquent|fréquents|fréquemment|régulièrement|rapidement|lentement|facilement";
// Words after which Portuguese "se" is the clitic of the next verb, not "if".
const PROCLITIC_PT = "já|não|ainda|nunca|sempre|vocês|você|eles|elas|ele|ela|nós";
// Verbs that take an impersonal or reflexive "se" before them in payment talk.
// Portuguese good faith: "tenho certeza de que se trata apenas de um esquecimento".
const ASSUMED_PT =
  "(?<!\\p{L})(tenho|temos) (a )?certeza (de )?que (se trata|é|foi|deve ser|deve ter sido) (apenas |só |somente |simplesmente )?(de )?(um|uma) (pequeno |simples )?(esquecimento|descuido|engano|equívoco|mal-entendido|atraso|lapso)(?!\\p{L})";
const REFLEXIVE_PT =
  "passaram|passou|passam|passa|passaram-se|trata|tratava|tornou|tornaram|arrasta|arrastou|arrastam|" +
  "esqueceram|esqueceu|comprometeram|comprometeu|recusam|recusaram|recusou|negam|negaram|negou";

/*
 * Words that make a clause a condition or a guess. A negated threat in a sentence with one
 * is no reassurance ("if you do not pay, we will not ship"). Patterns in the notation of
 * pattern.ts.
 */
export const IF_OR_GUESS: Readonly<Record<BuyerLanguage, string>> = {
  en: `(?<!\\p{L})(${GUESSES_EN})(?!\\p{L})`,
  // 如 alone is "if" ("如已付款"), not in the words it begins: 如今 (now), 如期 and 如约 (as
  // agreed), 如此 (so), 如下 (as follows), 如何 (how), 如实 (truly), 如同 (like).
  zh: "(如果|如(?![今期约此下何实同])|若|假如|万一|要是|倘若|是否|可能|也许|或许|假设|是不是)",
  es: "(?<!\\p{L})(si|en caso de que|caso de que|por si|a menos que|salvo que|quizás|quizá|tal vez|puede que|ojalá)(?!\\p{L})",
  // Si is also "so" before an adjective or adverb ("il est si tard"): not a condition there.
  fr: `(?<!\\p{L})(si(?! (${SO_FR})(?!\\p{L}))|s'il|s'ils|au cas où|à moins que|sauf si|peut-être|dans le cas où)(?!\\p{L})`,
  de: "(?<!\\p{L})(falls|wenn|sofern|soweit|ob|sollten|sollte|vielleicht|eventuell|möglicherweise)(?!\\p{L})",
  // Se is also the reflexive pronoun: after a verb ("passaram-se"), before it after an
  // adverb or a subject ("já se passaram", "vocês se comprometeram"), or the impersonal "se
  // passaram três meses", "trata-se": not a condition there ("se já pagaram" is one).
  pt: `(?<![\\p{L}-])((?<!(${PROCLITIC_PT}) )se(?! (${REFLEXIVE_PT})(?!\\p{L}))|caso|a menos que|a não ser que|talvez|porventura)(?!\\p{L})`,
  ru: "(?<!\\p{L})(если|в случае|ли|возможно|может быть|вдруг|разве)(?!\\p{L})",
  ar: "(?<!\\p{L})[وف]?(إذا|لو|ربما|في حال|في حالة|قد)(?!\\p{L})",
};

/*
 * What makes a clause before a reproach courteous: a condition or a guess, or the
 * assumption of the buyer's good faith. "If you have not paid yet, please let me know" and
 * "I'm sure it's just an oversight that you haven't paid yet" are courteous; "you have not
 * paid" is not. Rules that blame the buyer use these as their `notBefore`.
 */
export const CONDITION: Readonly<Record<BuyerLanguage, string>> = {
  ...IF_OR_GUESS,
  en: `(?<!\\p{L})(${HEDGES_EN})(?!\\p{L})`,
  pt: `(${IF_OR_GUESS.pt}|${ASSUMED_PT})`,
};
