import type { BuyerLanguage } from "../../text/language";

/*
 * Negations that take the hurt out of a threat or an order: "we will not take any legal
 * action", "you don't need to pay immediately", "我们不会采取任何法律手段". Families that set
 * `negatable` (rule.ts) are read with them; the checker (check.ts) drops a phrase whose act
 * a negation governs. Patterns in the notation of pattern.ts.
 */
export interface Negation {
  /**
   * A word that negates the verb after it. Not "without": "without payment, legal action…"
   * states a condition, and "to settle this without legal action" still names the threat.
   */
  word: string;
  /**
   * What, from the negation to the end of the phrase, shows that the act still stands:
   * holding back ("we will not hesitate to…", "毫不犹豫"), no way out ("no choice but",
   * "不得不"), a wish or a push ("we don't want to…", "don't make us…"), a consequence
   * ("not paying will lead to…"), another subject or a conjunction that starts another
   * act ("do not wait and…"), a time limit ("not … until Friday").
   */
  turn: string;
}

export const NEGATION: Readonly<Record<BuyerLanguage, Negation>> = {
  en: {
    word: "(?<!\\p{L})(not|never|no|cannot|don't|doesn't|didn't|won't|wouldn't|shan't|shouldn't|needn't|isn't|aren't|can't|couldn't)(?!\\p{L})",
    turn: "(?<!\\p{L})(hesitat*|think twice|shy away|afraid|wait*|delay*|rule out|ruling out|exclud*|avoid*|escap*|prevent*|tolerat*|accept*|allow*|choice|option|alternative|other way|longer|want*|wish*|like|prefer*|forc*|make|made|making|push*|leave|let|result*|lead*|led|mean*|cause*|bring*|and|or|but|otherwise|else|then|until|till|unless|only|we|i)(?!\\p{L})",
  },
  zh: {
    word: "(不|没有|别|勿|毫无|绝不|决不)",
    turn: "(犹豫|得不|不得已|不惜|排除|别无|没有别的|只能|只好|选择|容忍|接受|等待|再等|想|希望|愿意|逼|迫|导致|造成|引起|意味|后果|否则|不然|或|和|并且|但|直到|除非|我们|我司|我方|本公司)",
  },
  es: {
    word: "(?<!\\p{L})(no|nunca|jamás|ningún|ninguna|ninguno|ni|tampoco)(?!\\p{L})",
    turn: "(?<!\\p{L})(dud*|vacil*|titube*|otra (opción|alternativa|salida|forma|manera)|alternativa|opción|remedio|descart*|excluir|evitar|permit*|toler*|acept*|esper*|más|quer*|quier*|quis*|oblig*|forz*|hag*|dej*|llev*|result*|conllev*|implic*|signific*|dar lugar|y|o|pero|sino|de lo contrario|hasta|a menos|salvo|solo|sólo|nosotros)(?!\\p{L})",
  },
  fr: {
    // "n'" before a verb ("nous n'hésiterons pas"), its apostrophe escaped: a bare one is optional.
    word: "(?<!\\p{L})(ne|pas|jamais|aucun*|nullement)(?!\\p{L})|(?<!\\p{L})n\\x27(?=\\p{L})",
    turn: "(?<!\\p{L})(hésit*|attend*|tard*|choix|option|solution|alternative|exclu*|écart*|évit*|tolér*|accept*|voul*|veu*|souhait*|oblig*|contrain*|forc*|pouss*|laiss*|entraîn*|condui*|mène*|aboutir*|signifi*|et|ou|mais|sinon|autrement|alors|jusqu'*|à moins|sauf|seulement|nous|je)(?!\\p{L})",
  },
  de: {
    word: "(?<!\\p{L})(nicht|kein*|nie|niemals)(?!\\p{L})",
    turn: "(?<!\\p{L})(zöger*|scheu*|zurückschreck*|umhin|wahl|alternative|option|ander* (weg|möglichkeit)|länger|wart*|ausschließ*|vermeid*|verhinder*|duld*|akzeptier*|hinnehm*|woll*|möcht*|zwing*|lass*|führ*|folge*|bedeut*|und|oder|aber|sonst|andernfalls|dann|bis|es sei denn|nur|wir|ich)(?!\\p{L})",
  },
  pt: {
    word: "(?<!\\p{L})(não|nunca|jamais|nenhum|nenhuma|nem)(?!\\p{L})",
    turn: "(?<!\\p{L})(hesit*|outra (escolha|opção|alternativa|saída|forma|maneira)|escolha|alternativa|opção|remédio|descart*|exclu*|evit*|toler*|aceit*|esper*|mais|quer*|quei*|quis*|obrig*|forç*|faç*|deix*|lev*|result*|implic*|signific*|acarret*|e|ou|mas|senão|caso contrário|até|a menos|salvo|só|apenas|nós)(?!\\p{L})",
  },
  ru: {
    word: "(?<!\\p{L})(не|нет|ни|никогда|никаких|никакие|никакой|никакого)(?!\\p{L})",
    turn: "(?<!\\p{L})(колеб*|задумыва*|раздумыва*|останов*|постесня*|выбора|выхода|альтернатив*|исключ*|избеж*|терп*|потерп*|допуст*|жд*|подожд*|хот*|хоч*|застав*|вынуд*|привед*|повлеч*|означа*|и|или|но|а|иначе|тогда|пока|только|лишь|мы|я)(?!\\p{L})",
  },
  ar: {
    word: "(?<!\\p{L})[وف]?(لا|لم|لن|ليس|ليست)(?!\\p{L})",
    turn: "(تردد|خيار|بديل|مفر|مناص|سبيل آخر|لا ?بد|نستبعد|استبعاد|تجنب|نتجنب|نقبل|نتسامح|ننتظر|انتظار|نريد|نرغب|نود|تجبرو|تجبرنا|تضطرو|يضطرنا|يؤدي|سيؤدي|سيترتب|يعني|(?<!\\p{L})(أو|لكن|وإلا|حتى|إلا|فقط|نحن)(?!\\p{L}))",
  },
};
