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
   * act ("do not wait and…"), a time limit ("not … until Friday"), a link that makes
   * the phrase the consequence ("不付款就起诉", "payment not received = legal action",
   * "не заплатите — подадим в суд"), words that deny a doubt rather than the act ("we are
   * not joking", "not an empty threat", "毫无疑问"), or a noun the negation is of ("no problem
   * taking legal action", "no excuses, pay immediately").
   */
  turn: string;
  /**
   * A payment right after the negation: the negation is the buyer's not paying, a
   * condition, and the phrase after it stands ("no payment by Friday, legal action…",
   * "pas de paiement…", "不付款…", "не заплатите…"). Matched at the negation's end; a
   * word or two may open it ("not the payment", "不按时付款").
   */
  payment: string;
}

export const NEGATION: Readonly<Record<BuyerLanguage, Negation>> = {
  en: {
    word: "(?<!\\p{L})(not|never|no|cannot|don't|doesn't|didn't|won't|wouldn't|shan't|shouldn't|needn't|isn't|aren't|can't|couldn't)(?!\\p{L})",
    turn: "(?<!\\p{L})(hesitat*|think twice|shy away|afraid|wait*|delay*|rule out|ruling out|exclud*|avoid*|escap*|prevent*|tolerat*|accept*|allow*|choice|option|alternative|other way|longer|want*|wish*|like|prefer*|forc*|make|made|making|push*|leave|let|result*|lead*|led|mean*|cause*|bring*|and|or|but|otherwise|else|then|until|till|unless|only|we|i|jok*|kid|kidding|bluff*|empty threat*|idle threat*|hollow threat*|problem*|excuse*|doubt*|mistake*|question*|=|—|–|→|->| -(?!\\S))(?!\\p{L})",
    payment: "(the |your |any |full |timely )?(pay|pays|paying|payment*|paid|remit*)(?!\\p{L})",
  },
  zh: {
    word: "(不|没有|别|勿|毫无|绝不|决不)",
    turn: "(犹豫|得不|不得已|不惜|排除|别无|没有别的|只能|只好|选择|容忍|接受|等待|再等|想|希望|愿意|逼|迫|导致|造成|引起|意味|后果|否则|不然|或|和|并且|但|直到|除非|我们|我司|我方|本公司|就(?![此这该本])|(?<![会要不])将|(?<!不)便|的话|则|—|=|→|开玩笑|玩笑|吓唬|虚张声势|空话|疑问|无疑)",
    payment: "(按时|及时|如期|准时|全额|马上|尽快)?(付款|付钱|支付|汇款|打款|还款|结清|付清|缴)",
  },
  es: {
    word: "(?<!\\p{L})(no|nunca|jamás|ningún|ninguna|ninguno|ni|tampoco)(?!\\p{L})",
    turn: "(?<!\\p{L})(dud*|vacil*|titube*|otra (opción|alternativa|salida|forma|manera)|alternativa|opción|remedio|descart*|excluir|evitar|permit*|toler*|acept*|esper*|más|quer*|quier*|quis*|oblig*|forz*|hag*|dej*|llev*|result*|conllev*|implic*|signific*|dar lugar|y|o|pero|sino|de lo contrario|hasta|a menos|salvo|solo|sólo|nosotros|brome*|broma*|farol*|amenaza* vaci*|=|—|–|→|->| -(?!\\S))(?!\\p{L})",
    payment: "(el |su |sus |ningun )?(pag*|abon*)(?!\\p{L})",
  },
  fr: {
    // "n'" before a verb ("nous n'hésiterons pas"), its apostrophe escaped: a bare one is optional.
    word: "(?<!\\p{L})(ne|pas|jamais|aucun*|nullement)(?!\\p{L})|(?<!\\p{L})n\\x27(?=\\p{L})",
    turn: "(?<!\\p{L})(hésit*|attend*|tard*|choix|option|solution|alternative|exclu*|écart*|évit*|tolér*|accept*|voul*|veu*|souhait*|oblig*|contrain*|forc*|pouss*|laiss*|entraîn*|condui*|mène*|aboutir*|signifi*|et|ou|mais|sinon|autrement|alors|jusqu'*|à moins|sauf|seulement|nous|je|plaisant*|blagu*|bluff*|menace* en l'air|paroles en l'air|=|—|–|→|->| -(?!\\S))(?!\\p{L})",
    payment: "(de |du |le |votre )?(pai*|pay*|regl*|versement*|vire*)(?!\\p{L})",
  },
  de: {
    word: "(?<!\\p{L})(nicht|kein*|nie|niemals)(?!\\p{L})",
    turn: "(?<!\\p{L})(zöger*|scheu*|zurückschreck*|umhin|wahl|alternative|option|ander* (weg|möglichkeit)|länger|wart*|ausschließ*|vermeid*|verhinder*|duld*|akzeptier*|hinnehm*|woll*|möcht*|zwing*|lass*|führ*|folge*|bedeut*|und|oder|aber|sonst|andernfalls|dann|bis|es sei denn|nur|wir|ich|scherz*|bluff*|leere drohung*|=|—|–|→|->| -(?!\\S))(?!\\p{L})",
    payment: "(die |ihre |eine |rechtzeitig* )?(zahl*|bezahl*|überweis*|begleich*)(?!\\p{L})",
  },
  pt: {
    word: "(?<!\\p{L})(não|nunca|jamais|nenhum|nenhuma|nem)(?!\\p{L})",
    turn: "(?<!\\p{L})(hesit*|outra (escolha|opção|alternativa|saída|forma|maneira)|escolha|alternativa|opção|remédio|descart*|exclu*|evit*|toler*|aceit*|esper*|mais|quer*|quei*|quis*|obrig*|forç*|faç*|deix*|lev*|result*|implic*|signific*|acarret*|e|ou|mas|senão|caso contrário|até|a menos|salvo|só|apenas|nós|brinc*|blef*|ameaça* vazia*|=|—|–|→|->| -(?!\\S))(?!\\p{L})",
    payment: "(o |seu |nenhum )?(pag*|quit*)(?!\\p{L})",
  },
  ru: {
    word: "(?<!\\p{L})(не|нет|ни|никогда|никаких|никакие|никакой|никакого)(?!\\p{L})",
    turn: "(?<!\\p{L})(колеб*|задумыва*|раздумыва*|останов*|постесня*|выбора|выхода|альтернатив*|исключ*|избеж*|терп*|потерп*|допуст*|жд*|подожд*|хот*|хоч*|застав*|вынуд*|привед*|повлеч*|означа*|и|или|но|а|иначе|тогда|пока|только|лишь|мы|я|шут*|блеф*|пуст* угроз*|=|—|–|→|->| -(?!\\S))(?!\\p{L})",
    payment: "(оплат*|заплат*|плат*|выплат*|перевед*|погас*)(?!\\p{L})",
  },
  ar: {
    word: "(?<!\\p{L})[وف]?(لا|لم|لن|ليس|ليست)(?!\\p{L})",
    turn: "(تردد|خيار|بديل|مفر|مناص|سبيل آخر|لا ?بد|نستبعد|استبعاد|تجنب|نتجنب|نقبل|نتسامح|ننتظر|انتظار|نريد|نرغب|نود|تجبرو|تجبرنا|تضطرو|يضطرنا|يؤدي|سيؤدي|سيترتب|يعني|(?<!\\p{L})(أو|لكن|وإلا|حتى|إلا|فقط|نحن)(?!\\p{L})|نمزح|مزاح|تهديد فارغ|تهديدا فارغا|=|—|–|→)",
    payment: "\\s*(دفع|الدفع|سداد|السداد|تسديد|تدفع|تسدد|يدفع|يسدد)",
  },
};
