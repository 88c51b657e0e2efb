import type { ReasonCues } from "./types";

// Waiting for a better USD/EUR rate, or for the hard currency itself (PRODUCT.md
// §4). Amounts name currencies all the time ("USD 12,500"), so a currency name
// alone is never a cue: the rate, its moves, and buying the currency are.

export const EXCHANGE_RATE: ReasonCues = {
  reason: "exchange_rate",
  cues: {
    en: {
      strong: [
        "exchange rate*|exchange-rate*|fx rate*|forex rate*|currency rate*|conversion rate*|" +
          "rate of exchange|dollar rate|euro rate|usd rate|eur rate|eur/usd|usd/eur|usd/rmb|usd/cny",
        "devaluation|devalued|devalue*|depreciation of|depreciated|currency crisis",
        "currency|naira|cedi|rupee|lira|peso|pound|rand|shilling … weak*|fell|falling|dropped|collapsed|" +
          "lost*|losing|crash*|devalu*|stabili*|recover*|improve*|settle*|unstable|volatile",
        "dollar went up|dollar has gone up|dollar has risen|dollar rose|strong dollar|" +
          "the dollar is|euro went up|euro has gone up|strong euro",
        "dollar is|dollar has been|euro is|usd is … high|expensive|strong|rising|climbing",
        "better rate|wait for the rate|waiting for the rate",
        "the rate … improve*|come down|comes down|goes down|go down|drop*|fall*|stabili*|settle*|" +
          "back to normal|normali*",
        "forex shortage|fx shortage|dollar shortage|shortage of dollars|shortage of foreign currency|" +
          "shortage of forex|scarcity of dollars|dollar scarcity|fx allocation|forex allocation|" +
          "no forex allocation|no fx allocation|no dollar allocation|no forex|no fx|no usd|" +
          "no foreign currency|no hard currency|lack of forex|lack of dollars|lack of foreign currency|" +
          "foreign currency allocation|foreign currency quota|no dollars|can't get dollars|" +
          "cannot get dollars|unable to get dollars|get the usd|get the dollars|get dollars|" +
          "selling dollars|sell dollars|sells dollars|sell us dollars|dollar costs|dollar now costs|" +
          "can't buy dollars|cannot buy dollars|unable to buy dollars|can't buy usd|cannot buy usd|" +
          "can't find dollars|cannot find dollars|no dollars available|" +
          "price of the dollar|value of the dollar|against the dollar|against the euro|" +
          "against the usd|against usd|vs the dollar|versus the dollar|" +
          "obtain dollars|obtain usd|buy dollars|buying dollars|purchase dollars|" +
          "purchase of dollars|source dollars|sourcing dollars|get usd|buy usd|buying usd|" +
          "currency controls|capital controls|foreign exchange|forex|fx market|parallel market|" +
          "black market rate|official rate",
      ],
      weak: [
        "the dollar|the euro|currency|currencies|our local currency|local currency|naira|cedi|" +
          "rupee|lira|peso|rand|shilling|kwacha|hryvnia|ruble|rouble|dinar|egyptian pound",
        "convert|conversion|hedge|hedging|fluctuat*|volatil*|central bank",
      ],
      masks: [
        "freight rate*|shipping rate*|interest rate*|tax rate*|duty rate*|rate of interest|" +
          "the rate you quoted|your rate|exchange rate used|exchange rate you used|" +
          "exchange rate of the day|at the exchange rate of|at an exchange rate of|" +
          "usd/kg|usd/pc|usd/pcs|usd/set|usd/ton|usd/mt|usd/unit|" +
          "usd/m|usd/sqm|usd/carton|usd/box|usd/piece|eur/kg|eur/pc|eur/pcs|eur/set|eur/ton|" +
          "usd/ctn|usd/pair|eur/unit|price in usd|quote in usd|in us dollars",
      ],
    },
    zh: {
      strong: [
        "汇率|换汇|购汇|外汇|结汇|美元涨|美元升值|美金涨|美金升值|美元太贵|美金太贵|美元贵|美金贵|" +
          "本币贬值|贬值|汇价|兑换率|牌价|匯率|換匯|購匯|外匯|結匯|美元漲|美金漲|美元升值|美金升值|" +
          "貶值|匯價",
        "换美元|换美金|买美元|买美金|換美元|換美金|買美元|買美金",
      ],
      weak: ["美元|美金|欧元|本币|兑换|汇款成本|歐元|本幣|兌換"],
      masks: ["美元/|美金/|/美元|运费汇率"],
    },
    es: {
      strong: [
        "tipo de cambio|tasa de cambio|tasas de cambio|cotización del dólar|cotización del euro|" +
          "el dólar está|el dólar subió|el dólar sube|el dólar se disparó|el dólar ha subido|" +
          "subida del dólar|alza del dólar|precio del dólar|valor del dólar|dólar oficial|" +
          "dólar blue|dólar paralelo|el euro está|el euro subió",
        "devaluación|devaluó|se devaluó|depreciación|se depreció|cepo cambiario|cepo|" +
          "control cambiario|controles cambiarios|restricciones cambiarias|mercado cambiario|" +
          "divisas|las divisas|compra de divisas|acceso a divisas|escasez de divisas|" +
          "comprar dólares|conseguir dólares|compra de dólares|falta de dólares|escasez de dólares",
        "mejor cambio|que baje el dólar|que el dólar baje|que se estabilice el dólar|" +
          "el cambio está alto|frente al dólar|el dólar llegó|el dólar ya está|el dólar a",
        "el cambio … mejore|baje|se estabilice",
      ],
      weak: [
        "el dólar|el euro|moneda local|nuestra moneda|la moneda|el peso argentino|" +
          "el peso mexicano|el peso colombiano|el peso chileno|el bolívar|el real|el sol peruano|" +
          "fluctuación|volatilidad|convertir|conversión",
      ],
      masks: [
        "dólar/kg|usd/kg|precio en dólares|en dólares americanos|tasa de interés|tipo de interés",
      ],
    },
    fr: {
      strong: [
        "taux de change|cours du dollar|cours de l'euro|cours des devises|cours du change|" +
          "le dollar est|le dollar a augmenté|le dollar a monté|hausse du dollar|dollar fort|" +
          "l'euro est|hausse de l'euro|parité|face au dollar|par rapport au dollar|face à l'euro|" +
          "par rapport à l'euro",
        "le dinar|le dirham|le naira|le franc cfa|le cedi|la monnaie|notre monnaie|le dollar|l'euro … " +
          "baiss*|chut*|perd*|dévalu*|effondr*|stabilis*|remont*|augment*|flamb*",
        "dévaluation|dévalué|dépréciation|dévalorisation|pénurie de devises|manque de devises|" +
          "devises|les devises|achat de devises|accès aux devises|contrôle des changes|" +
          "acheter des dollars|obtenir des dollars|marché parallèle|marché noir|bureau de change",
        "meilleur taux",
        "le taux|le cours … favorable|baisse|s'améliore|se stabilise|remonte",
      ],
      weak: [
        "le dollar|l'euro|monnaie locale|notre monnaie|la monnaie|le naira|le dinar|le franc cfa|" +
          "fcfa|le dirham|le cedi|fluctuation*|volatilité|convertir|le change|du change|au change",
      ],
      masks: ["usd/kg|eur/kg|prix en dollars|en dollars américains|taux d'intérêt|taux de fret"],
    },
    de: {
      strong: [
        "wechselkurs*|devisenkurs*|umrechnungskurs*|dollarkurs*|eurokurs*|kurs des dollars|" +
          "kurs des euro*|der dollar ist|starker dollar|schwacher euro|dollar gestiegen|" +
          "dollar ist gestiegen",
        "dollar ist|euro ist … teuer|stark|schwach|hoch",
        "lira|rubel|währung|der euro|der dollar|landeswährung … gefallen|gesunken|eingebrochen|" +
          "abgestürzt|schwach|verloren|stabilisiert|erholt|gestiegen",
        "gegenüber dem dollar|gegenüber dem euro|im vergleich zum dollar",
        "abwertung|abgewertet|devisen|devisenmangel|devisenknappheit|devisenbeschaffung|" +
          "dollar kaufen|dollar beschaffen|kapitalverkehrskontrollen|kursverlust*|" +
          "wechselkursschwankung*|währungsschwankung*|währungsverfall|währungskrise",
        "besseren kurs|günstigeren kurs",
        "der kurs|den kurs … verbessert|erholt|stabilisiert|fällt|sinkt",
      ],
      weak: [
        "der dollar|der euro|währung|landeswährung|unsere währung|lira|rubel|kursentwicklung|" +
          "schwankung*|umrechnung|umtausch",
      ],
      masks: ["usd/kg|eur/kg|preis in dollar|zinssatz|frachtrate*|kurs halten|kurs bleiben"],
    },
    pt: {
      strong: [
        "taxa de câmbio|o câmbio está|o câmbio subiu|do câmbio|câmbio subiu|câmbio alto|alta do câmbio|" +
          "variação cambial|cambial|cotação do dólar|cotação do euro|o dólar está|o dólar subiu|" +
          "dólar alto|alta do dólar|dólar disparou|o euro está|o euro subiu",
        "desvalorização|desvalorizou|real desvalorizado|fechar o câmbio|fechamento do câmbio|" +
          "fechamento de câmbio|comprar dólares|compra de dólares|falta de dólares|" +
          "escassez de dólares|divisas|moeda estrangeira",
        "aguardando … câmbio",
        "dólar|câmbio … baixar|cair|melhorar|estabilizar",
        "dólar a|dólar chegou|dólar bateu|dólar disparou|frente ao dólar|em relação ao dólar",
      ],
      weak: [
        "o dólar|o euro|moeda local|nossa moeda|a moeda|o kwanza|o metical|o real|oscilação|" +
          "volatilidade|conversão|converter",
      ],
      masks: ["usd/kg|eur/kg|preço em dólar|em dólares americanos|taxa de juros|taxa de frete"],
    },
    ru: {
      strong: [
        "курс доллар*|курс евро|курс рубл*|курс валют*|курс юан*|курс тенге|курс гривн*|" +
          "валютн* курс*|обменн* курс*|курсов* разниц*|по текущему курсу|хороший курс|" +
          "выгодн* курс*|невыгодн* курс*|плох* курс*",
        "курс … невыгодн*|высок*|плох*|неудобн*|кусается",
        "скач* курс*|рост курс*|падени* курс*|колебани* курс*|изменени* курс*",
        "курс … вырос|упал|скач*|нестабил*|стабилиз*|снизит*|снизи*|улучш*|растет|растёт|падает",
        "доллар … вырос|подорожал",
        "рубль|тенге|сум|гривна … упал|ослаб*|обесцен*",
        "доллар* подорожал|подорожание доллар*|рост доллар*|" +
          "девальвац*|ослаблени* рубл*|валютн* контрол*|" +
          "покупк* валют*|купить валют*|конвертац*|валютн* ограничени*|нехватк* валют*|" +
          "дефицит валют*|к доллару|по отношению к доллару|к евро",
      ],
      weak: ["курс|доллар|доллара|евро|валют*|рубль|рубля|тенге|юань|колебани*"],
      masks: ["в курсе|курсе дела|держите в курсе|держать в курсе|курс обучения|долларов сша за"],
    },
    ar: {
      strong: [
        "سعر الصرف|أسعار الصرف|سعر صرف|سعر الدولار|أسعار الدولار|سعر اليورو|ارتفاع الدولار|" +
          "ارتفاع سعر الدولار|ارتفاع اليورو|الدولار مرتفع|الدولار غالي|تعويم|تخفيض قيمة العملة|" +
          "انخفاض قيمة العملة|انهيار العملة|تراجع العملة|العملة الصعبة|نقص الدولار|شح الدولار|" +
          "أزمة الدولار|توفير الدولار|شراء الدولار|تدبير الدولار|السوق الموازية|السوق السوداء|" +
          "النقد الأجنبي|قيود على العملة|تحويل العملة",
        "شح|نقص|أزمة|ندرة|عدم توفر … الدولار|العملة الصعبة|العملة الأجنبية|العملات الأجنبية|النقد الأجنبي",
        "استقرار سعر|تحسن سعر|مقابل الدولار|أمام الدولار|مقابل اليورو",
        "الجنيه|الليرة|الدينار|الريال|العملة|الدولار … انخفض|تراجع|انهار|هبط|فقد|ارتفع|قفز",
        "ننتظر|بانتظار|انخفاض|استقرار … الدولار|سعر الصرف|العملة",
      ],
      weak: [
        "الدولار|اليورو|العملة|العملة المحلية|الجنيه|الليرة|الدينار|الريال|العملات الأجنبية|" +
          "تذبذب|تقلبات",
      ],
      masks: ["دولار للكيلو|دولار للطن|بالدولار الأمريكي|سعر الفائدة|سعر الشحن"],
    },
  },
};
