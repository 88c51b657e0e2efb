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
        // Buying the currency, in treasury words.
        "dollar allocation*|usd allocation*|currency allocation*|euro allocation*|" +
          "usd purchase*|dollar purchase*|fx purchase*|forex purchase*|currency purchase*|" +
          "purchases of usd|purchases of dollars|usd buying|dollar buying|fx deal*|fx trade*|" +
          "spot rate|forward rate|fx forward*|currency forward*|forward contract*|forward cover|" +
          "fx hedge|currency hedge|hedge matures|hedge expires|fx exposure|currency exposure|" +
          "fx loss*|forex loss*|exchange loss*|currency loss*|fx quota|forex quota|dollar quota|" +
          "usd quota|currency quota|fx window|forex window|fx auction|forex auction|dollar auction|" +
          "fx queue|forex queue|dollar queue|fx backlog|forex backlog|fx approval|forex approval|" +
          "fx bid*|forex bid*|fx liquidity|dollar liquidity|dollar crunch|fx crunch|" +
          "bdc rate|i&e window|nafem|unofficial rate|street rate",
        // The currency's moves.
        "the dollar|the euro|the yen|the yuan|the rmb|the renminbi|sterling|the franc|" +
          "the swiss franc|our currency|the local currency|the naira|the cedi|the rupee|the lira|" +
          "the peso|the rand|the shilling|the kwacha|the dinar|the ruble|the rouble|" +
          "the ringgit|the baht|the rupiah … firm up|firms up|firming|strengthen*|" +
          "weaken*|recover*|rebound*|slid|slide*|slump*|tumbl*|plung*|soar*|spik*|surg*|" +
          "jump*|climb*|went up|gone up|goes up|go up|come down|comes down|go down|goes down|" +
          "ease*|cool* off|cool* down|soften*|record low|all-time low|all time low|historic low|" +
          "multi-decade low|multi-year low|decade low|record high|all-time high|historic high|" +
          "through the roof|sky high|sky-high|crazy|insane|killing us|brutal|painful",
        "yen|yuan|rmb|renminbi|ruble|rouble|ringgit|baht|rupiah|kwacha|dinar|hryvnia|" +
          "tenge … weak*|fell|falling|dropped|collapsed|lost*|losing|crash*|devalu*|" +
          "stabili*|recover*|strengthen*|firm* up|record low|all-time low|historic low|" +
          "multi-decade low|multi-year low",
        "weak yen|weak naira|weak cedi|weak rupee|weak lira|weak peso|weak rand|weak ruble|" +
          "weak won|weak currency|weaker currency|weak local currency|strong usd|strong franc",
        "today's rate|rate today|rate this week|rate right now|today's exchange rate|" +
          "current exchange rate|current exchange rates … bad|terrible|" +
          "awful|horrible|poor|unfavourable|unfavorable|crazy|insane|too high|killing",
        "more favourable rate|more favorable rate|favourable rate|favorable rate|" +
          "better exchange|until the rate|till the rate|wait for a better",
        "bank … won't sell us|will not sell us|doesn't sell us|only sells us|rations|rationing … " +
          "dollars|usd|euros|forex|fx|foreign currency|hard currency",
        "can't give us dollars|cannot give us dollars|won't give us dollars|" +
          "doesn't give us dollars|not giving us dollars|can't give us usd|won't give us usd|" +
          "can't give us forex|won't give us forex|can't give us fx|won't give us fx|" +
          "can't provide dollars|cannot provide dollars|can't supply dollars|no dollars to sell|" +
          "not selling dollars|stopped selling dollars|can't access dollars|can't access forex|" +
          "can't access fx|no access to dollars|no access to forex|no access to fx",
        "cbn|central bank|reserve bank … allocation|approval|queue|quota|restriction*|" +
          "ration*|limit*|backlog|directive|circular|no allocation|no approval|no forex|no fx|" +
          "no dollars",
        "convert … naira|cedi|rupee|lira|peso|rand|shilling|kwacha|dinar|our local currency|" +
          "local currency … into dollars|to dollars|into usd|to usd|into euros|to euros",
        "dollar is too high|dollar too high|dollar rate too high|dollar rate is high|dollar rate high|dollar is very high|dollar don go up|dollar don rise|dollar dey high|dollar dey go up|naira don fall|naira dey fall|naira don crash|cedi don fall|dollar is killing us|dollar too costly|dollar is costly|dollar is expensive",
        "currency|naira|cedi|rupee|lira|peso|pound|rand|shilling|kwacha|dinar|ruble|rouble|lebanese pound|egyptian pound … went down|gone down|goes down|going down|tanked|tanking|plummet*|slid|sliding|sank|sinking|nosedive*|nose-dived",
        "bank|banks … not giving|don't give|doesn't give|won't give|can't give|no give|not selling|stopped selling|won't sell|can't sell … dollars|usd|forex|fx|foreign currency|hard currency",
        "wait for|waiting for|until|till … dollar|the rate|naira|cedi|currency … to come down|to go down|to drop|to fall|to stabili*|to settle|to improve|to ease|to recover|comes down|goes down|stabili*|improves|settles|eases",
        "waiting in the queue for|in the queue for|queue for … dollars|usd|forex|fx|foreign currency",
        "can't convert|cannot convert|unable to convert|couldn't convert|can not convert|because of the exchange|due to the exchange|exchange don spoil|exchange is bad|exchange is too high|exchange is high|rate is very bad|rate is bad|rate is terrible|rate don spoil|rate is killing us",
        "naira|cedi|rupee|lira|peso|kwacha|shilling|currency|local currency|our money|local money … no get value|no value again|has no value|lost value|losing value|lose value|value don fall|value has dropped|value dropped|value is gone",
        "at this rate|at the current rate|at today's rate|with the current rate|with this rate|with the rate|with the dollar|with the naira|with the cedi|" +
          "at the current exchange rate|at current exchange rates|at today's exchange rate|with the current exchange rate|with current exchange rates|with today's exchange rate … expensive|too expensive|costs us|cost us|costing us|too much|more in|can't pay|cannot pay|unable to pay",
        "source forex|sourcing forex|source fx|sourcing fx|source usd|source foreign currency|find forex|finding forex|get forex|getting forex|access forex|access to forex|access to fx|access to dollars|getting fx|getting dollars|finding dollars",
        "struggling|struggle|difficult|hard|unable|trying … to source forex|to get forex|to source fx|to get dollars|to source dollars|to get fx|to access forex|to find forex|to find dollars|to buy forex|to buy dollars",
        "fx is a|fx is the|fx is our|fx problem*|fx issue*|forex problem*|forex issue*|fx situation|forex situation|dollar situation|currency situation|dollar problem*|dollar issue*|currency problem*|currency issue*",
        "currency|naira|cedi|rupee|lira|peso|pound|rand|shilling|kwacha|dinar|ruble|rouble|the dollar|the euro … jumping|moving every day|changing every day|up and down|all over the place|in free fall|free fall|freefall|free-fall|unpredictable|crazy",
        "lose|losing|lost|loss|losses … on conversion|on the conversion|on the exchange|on exchange|in conversion|on fx|in the exchange|on the rate|from the exchange",
        "get fx|get forex|get the fx|get the forex|receive fx|receive forex|fx from the bank|forex from the bank|dollars from the bank|usd from the bank|fx from our bank|forex from our bank",
        "rate moved against us|rate has moved against|rate went against us|moved against us|rate has gone against|rate turned against|rate is against us",
        "currency|naira|cedi|rupee|lira|peso|pound|rand|shilling|kwacha|dinar|ruble|rouble|birr|leone|kip|riel|taka … record low|all-time low|all time low|historic low|lowest level|weakest level|its lowest|its weakest|record high",
        "dollar increase*|dollar has increased|dollar is increasing|dollar rate increase*|dollar rate has increased|dollar rate is increasing|increase in dollar|increase in the dollar|increase of dollar|increase of the dollar|dollar appreciation|appreciation of the dollar|hike in dollar|dollar hike|dollar has appreciated|dollar appreciated|dollar has risen|dollar has jumped|dollar keeps rising|dollar keeps going up|dollar is going up|dollar going up",
        "fall of|fall in|collapse of|collapse in|weakness of|weakening of|slide in|slide of|slump in|drop in|decline in|decline of|devaluation of|rise of|rise in|strength of|strengthening of|surge in|spike in|jump in … the naira|naira|the cedi|cedi|the rupee|rupee|the lira|lira|the peso|the rand|the shilling|the kwacha|the dollar|the usd|the euro|our currency|the local currency|local currency|the value of our currency|the value of the",
      ],
      weak: [
        "the dollar|the euro|currency|currencies|our local currency|local currency|naira|cedi|" +
          "rupee|lira|peso|rand|shilling|kwacha|hryvnia|ruble|rouble|dinar|egyptian pound",
        "convert|conversion|hedge|hedging|fluctuat*|volatil*|central bank",
        "ecb|the fed|fomc|federal reserve|monetary policy|rate decision|cbn|reserve bank|" +
          "yen|yuan|rmb|renminbi",
        "1 usd =|usd =|1 dollar =|$1 =|1$ =|local money|our money in",
      ],
      against: [
        "the rate|rate|exchange rate|the naira|naira|the dollar|dollar|currency|the cedi|cedi|rupee|the euro|fx|forex|lira|peso|shilling|kwacha|the market … has stabilised|has stabilized|has recovered|has improved|has settled|has come down|has normalised|has normalized|has eased|have stabilised|have stabilized|have improved|is stable now|is better now|is back to normal|has gone down|is now stable",
        "fx approval came through|approval came through|fx was approved|fx has been approved|forex has been approved|fx approved|forex approved|approved the fx|approved our fx|approved the forex|approved our forex|got the fx|got our fx|received the fx|received our fx|fx has been allocated|fx was allocated|got the dollars|bought the dollars|we have the dollars|dollars are ready|have bought the dollars|secured the dollars|secured fx|secured the fx|secured forex|got our allocation|received our allocation|allocation came through|we have the forex|we have the fx|we now have the dollars",
      ],
      masks: [
        // The rate to convert at, and what the banks charge for converting: no wait for a
        // better rate ("at today's rate … too expensive" above still is one).
        "today's exchange rate*|todays exchange rate*|today exchange rate*|the day's exchange rate|" +
          "current exchange rate*|prevailing exchange rate*|exchange rate fee*|exchange rate charge*|" +
          "exchange rate commission*",
        "freight rate*|shipping rate*|interest rate*|tax rate*|duty rate*|rate of interest|" +
          "the rate you quoted|your rate|exchange rate used|exchange rate you used|" +
          "exchange rate of the day|at the exchange rate of|at an exchange rate of|" +
          "usd/kg|usd/pc|usd/pcs|usd/set|usd/ton|usd/mt|usd/unit|" +
          "usd/m|usd/sqm|usd/carton|usd/box|usd/piece|eur/kg|eur/pc|eur/pcs|eur/set|eur/ton|" +
          "usd/ctn|usd/pair|eur/unit|price in usd|quote in usd|in us dollars|" +
          "the rate per|rate per kg|rate per unit|rate per container|container rate*|" +
          "labour rate*|labor rate*|hourly rate*|day rate*|success rate*|defect rate*|" +
          "growth rate*|inflation rate*|mortgage rate*|lending rate*|policy rate*|" +
          "the pound of|per pound|a pound of|rate of duty|rate of tax|duty rate*|" +
          "the rate of the|rate of return|dollar amount*|dollar value|dollar figure*|" +
          "euro amount*|usd amount*|dollar equivalent|usd equivalent",
        "the dollar amount|the dollar value|the dollar figure|the dollar cost|the dollar price|" +
          "the euro amount|the euro value|the euro price … went up|gone up|goes up|go up|" +
          "come down|comes down|increase*|jump*|climb*|surg*|spik*|soar*|ease*|crazy|insane",
        "freight rate*|shipping rate*|interest rate*|tax rate*|duty rate*|container rate* … high|bad|terrible|too high|very high|went up|gone up|killing",
        "forex form|fx form|forex documents|fx documents|forex paperwork|fx paperwork|form m|forex application form|fx application form|currency control documents|currency controls require|fx compliance",
        "our customer|our client|my customer|my client|the customer|the client|our customers|our clients|end customer|our buyer … forex|fx|dollars|usd|foreign currency|hard currency|dollar allocation|forex allocation",
      ],
    },
    zh: {
      strong: [
        "汇率|换汇|购汇|外汇|结汇|美元涨|美元升值|美金涨|美金升值|美元太贵|美金太贵|美元贵|美金贵|" +
          "本币贬值|贬值|汇价|兑换率|牌价|匯率|換匯|購匯|外匯|結匯|美元漲|美金漲|美元升值|美金升值|" +
          "貶值|匯價",
        "换美元|换美金|买美元|买美金|換美元|換美金|買美元|買美金",
        "锁汇|鎖匯|远期结汇|远期购汇|远期合约|远期合同|遠期|汇兑损失|匯兌損失|汇损|匯損|汇差|匯差|" +
          "美元走强|美元走高|美元坚挺|美元大涨|美元暴涨|美元飙升|美元飞涨|美元上涨|美元升了|美元又涨|" +
          "美金走强|美金大涨|美金暴涨|美金上涨|美元走強|美元堅挺|美元大漲|美元暴漲|美元飆升|美元上漲|" +
          "人民币升值|人民币贬值|人民幣升值|人民幣貶值|日元贬值|日元走弱|日元暴跌|日圆贬值|日圓貶值|" +
          "卢布贬值|卢布暴跌|里拉暴跌|奈拉贬值|本币走弱|本币暴跌|本币大跌|本幣走弱|货币贬值|貨幣貶值|" +
          "换不到美元|换不到美金|买不到美元|买不到美金|換不到美元|買不到美元|美元短缺|美元紧缺|" +
          "美元荒|缺美元|缺美金|美元额度|美金额度|美元配额|美元額度|美元配額|等美元回落|等美元降|" +
          "美元回落|美元回调|美元回調|美元降下来|美元跌下来|黑市价|黑市汇|官方牌价|央行限制|央行管制",
        "美元|美金|欧元|歐元|日元|日圆|人民币|人民幣|卢布|本币|本幣 … 暴涨|暴漲|大涨|大漲|飙升|飆升|" +
          "走强|走強|走弱|升值|贬值|貶值|暴跌|大跌|回落|回调|回調|坚挺|堅挺|太贵|太貴",
        "等汇率|汇率稳|汇率降|汇率跌|美元跌|美元降|美金跌|美金降|等匯率|匯率降|匯率跌",
        "银行|銀行 … 不给|不給|换不到|換不到|不卖|不賣 … 美元|美金|外汇|外匯",
        "银行|銀行 … 没有|没|不给|不給|沒有|用完了|用完 … 美元额度|美金额度|外汇额度|购汇额度|美元額度|外匯額度|購匯額度",
        "美元|美金|欧元|歐元|日元|人民币|人民幣|卢布|盧布|本币|本幣|卢比|里拉|奈拉 … 跌|跌了|跌得|涨得|漲得|下跌|上涨|上漲|狂跌|狂涨|一直涨|一直跌|不稳|不穩",
      ],
      weak: [
        "美元|美金|欧元|本币|兑换|汇款成本|歐元|本幣|兌換|日元|日圆|人民币|人民幣|卢布|央行|" +
          "中央银行|中央銀行",
      ],
      against: [
        "汇率稳定了|汇率已经稳定|汇率回稳了|已经换好汇|已经购汇|已购汇|美元已经换好|额度批下来了|额度已经批|外汇额度到了|匯率穩定了|已經購匯|已購匯",
      ],
      masks: [
        "美元/|美金/|/美元|运费汇率",
        "按当天汇率|按当日汇率|按今日汇率|当天的汇率|当日汇率|当天汇率",
      ],
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
        "el cambio actual|con el cambio|al cambio actual|al cambio de hoy|el cambio de hoy|" +
          "el cambio está|el cambio del día|cambio desfavorable|cambio tan alto|cambio tan malo|" +
          "cotización actual",
        "la cotización … mejore|baje|se estabilice|suba|está alta|está mala",
        "cambiar euros|cambiar pesos|cambiar soles|cambiar bolívares|cambiar nuestra moneda|" +
          "cambiar la moneda|convertir euros|convertir pesos … a dólares|en dólares|por dólares|" +
          "a euros|en euros",
        "el dólar|el euro … por las nubes|carísimo|muy caro|demasiado caro|muy alto|disparado|" +
          "se disparó|se fue|subiendo|baje|bajar|baja|ceda|afloje|se calme|se estabilice|" +
          "se estabilizó|récord|máximo",
        "el peso|nuestra moneda|la moneda local|el bolívar|el sol|el real|la moneda … " +
          "se devaluó|se depreció|se desplomó|cayó|perdió valor|se debilitó|se hundió|" +
          "se recupere|se estabilice|se fortalezca",
        "seguro de cambio|cobertura cambiaria|contrato a plazo|contrato forward|" +
          "diferencia cambiaria|diferencial cambiario|pérdida cambiaria|riesgo cambiario|" +
          "brecha cambiaria|cupo de divisas|cupo de dólares|asignación de divisas|" +
          "liquidación de divisas|no hay dólares|no nos venden dólares|no venden dólares|" +
          "mercado paralelo|mercado negro|dólar mep|dólar ccl|contado con liqui|casa de cambio",
        "comprar los dólares|conseguir los dólares|comprar las divisas|conseguir las divisas|acceder a los dólares|acceso a los dólares|acceso al mulc|el mulc|mercado de cambios|mercado único y libre de cambios|no nos dan dólares|no nos dan divisas|no dan dólares|no hay divisas|no conseguimos dólares|no podemos comprar dólares|no podemos comprar los dólares|no conseguimos divisas|dólares para importar|divisas para importar|divisas para pagar",
        "banco central|bcra|banxico … habilite|habilita|autorice|autoriza|autorización|apruebe|aprobación|libere|liberen|acceso|cupo|divisas|dólares|cepo|restric*",
        "esperar|esperando|esperamos|hasta que … el dólar|la cotización|el tipo de cambio|el cambio … baje|mejore|se estabilice|se calme|ceda|afloje",
        "el peso|nuestra moneda|la moneda local|el bolívar|el sol|la moneda|el real|la lira … perdió|ha perdido|bajó|se cayó|cae|está cayendo|se derrumbó",
        "la tasa está por las nubes|la tasa está alta|la tasa está muy alta|la tasa subió|la tasa se disparó|la tasa está altísima|la tasa está carísima",
        "con el dólar así|con el dólar como está|con este dólar|con el cambio así|con este cambio|con el cambio como está|con el dólar tan alto|con el dólar en|con el dólar a este precio|al cambio de ahora|con la tasa así|con esta tasa",
        "no nos venden divisas|no nos venden los dólares|no nos liberan|no liberan divisas|no liberan los dólares|liberen las divisas|liberen los dólares|libere las divisas|libere los dólares",
        "客户|客戶|买家|買家|下游 … 美元|美金|外汇|外匯|换汇|換匯|购汇|購匯",
      ],
      weak: [
        "el dólar|el euro|moneda local|nuestra moneda|la moneda|el peso argentino|" +
          "el peso mexicano|el peso colombiano|el peso chileno|el bolívar|el real|el sol peruano|" +
          "fluctuación|volatilidad|convertir|conversión|banco central|la cotización|bcra|banxico",
      ],
      against: [
        "ya tenemos los dólares|ya conseguimos los dólares|ya compramos los dólares|nos liberaron las divisas|ya nos aprobaron las divisas|ya tenemos las divisas|ya conseguimos las divisas|ya nos asignaron las divisas",
      ],
      masks: [
        "dólar/kg|usd/kg|precio en dólares|en dólares americanos|tasa de interés|tipo de interés|" +
          "el cambio de proveedor|cambio de proveedor|el cambio de precio|cambio de precio|" +
          "el cambio de fecha|el cambio de dirección|el cambio de cuenta|con el cambio de|" +
          "el peso neto|el peso bruto|el peso del|el peso de la|el sol de",
        "tipo de cambio del día|tipo de cambio de hoy|tipo de cambio vigente|" +
          "comisión por tipo de cambio|comisiones por tipo de cambio",
        "nuestro cliente|mi cliente|el cliente|nuestros clientes|los clientes … divisas|dólares|cupo de divisas|acceso al mulc",
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
        "cours du dinar|cours du dirham|cours du naira|cours du cedi|cours du franc|cours du yuan|" +
          "cours du rmb|cours du yen|cours du rouble|cours de la livre|cours de la monnaie|" +
          "cours du dollar|cours de la devise|cours actuel|cours d'aujourd'hui|cours du jour … " +
          "favorable|défavorable|mauvais|meilleur|baisse|remonte|s'améliore",
        "le dollar|l'euro|la devise … trop cher|très cher|hors de prix|au plus haut|s'envole|" +
          "flambe|explose|grimpe|monte|baisse|redescend|se calme|se stabilise|record",
        "le dinar|le dirham|le naira|le franc cfa|le cedi|la monnaie|notre monnaie|la livre|" +
          "le yuan|le yen|le rouble|le franc … se déprécie|s'est déprécié|déprécié|plonge|" +
          "dégringole|s'affaiblit|affaibli|se redresse|au plus bas|historiquement bas",
        "vend* les dollars|vend* des dollars|vend* les devises|vend* des devises|" +
          "vend* les euros|vend* des euros|allocation de devises|allocation en devises|" +
          "quota de devises|quota en devises|quota de dollars|quota du mois|" +
          "couverture de change|contrat à terme|achat à terme|change à terme|terme de change|" +
          "perte de change|pertes de change|risque de change|écart de change|différence de change",
        "banque centrale … devises|dollars|change|transferts|pas de devises|plus de devises|" +
          "aucune devise|pas de dollars|plus de dollars",
        "pas de devises|plus de devises|aucune devise|pas de dollars|plus de dollars|" +
          "pénurie de dollars|manque de dollars|rareté des devises|raréfaction des devises|" +
          "vend pas de dollars|vend plus de dollars|vend pas de devises|donne pas de devises|" +
          "donne plus de devises|donne pas de dollars|servir les devises|servies en devises",
        "changer … euros|dinars|dirhams|nairas|francs … en dollars|contre des dollars|en euros",
        "la livre|la livre libanaise|la livre turque|la livre égyptienne|le yuan|le yen|le rouble|le franc|la roupie|le peso|le real|le rand|le kwacha|le kwanza|l'ariary|le shilling … baiss*|chut*|perd*|perdu|a perdu|dévalu*|effondr*|stabilis*|remont*|recul*|plong*",
        "banque|banques … ne donne pas|ne donnent pas|ne vend pas|ne vendent pas|refuse*|ne nous donne|ne nous vend … de dollars|de devises|des dollars|des devises|d'euros",
        "attendre|attendons|attend|en attendant|jusqu'à ce que … le dollar|le taux|le cours|la monnaie|la livre|le dinar|le naira … baisse|se stabilise|s'améliore|remonte|redescende|se calme",
        "sert|servent|servir|servi|servira|servies|livre|livrent … devises|dollars|euros",
        "avec le taux actuel|au taux actuel|avec ce taux|à ce taux|avec le cours actuel|au cours actuel|avec ce cours|au cours du jour|avec le dollar à|avec le dollar aussi|avec l'euro à|au taux du jour|au taux d'aujourd'hui",
        "avec le taux actuel|au taux actuel|avec ce taux|à ce taux|avec le cours actuel|au cours actuel|avec ce cours|avec le dollar|avec l'euro … coûte beaucoup trop cher|coûte trop cher|coûte très cher|coûterait trop cher|beaucoup trop cher|trop cher|très cher|cher|coûte|coûterait",
        "ne nous sert pas|ne sert pas|ne nous servent pas|ne servent pas|ne nous livre pas|ne nous vend pas … devises|dollars|euros",
        "le change|le taux|la parité … défavorable|mauvais|catastrophique|trop élevé|très cher|pas bon|pas favorable|s'améliore|se stabilise|remonte|redescend|contre nous",
        "perte|pertes|perdons|perdre|perd … au change|sur le change|sur la conversion|à la conversion|sur le taux",
        "faiblesse du|faiblesse de la|faiblesse de notre|faiblesse de l'|chute du|chute de la|chute de notre|chute de l'|effondrement du|effondrement de la|effondrement de notre|flambée du|envolée du|montée du|remontée du|appréciation du|renchérissement du|force du|glissade du|dégringolade du|recul du|recul de la … dinar|dirham|naira|cedi|franc|dollar|euro|livre|monnaie|kwanza|yuan|rouble|devise*",
        "bceao|beac|bank al-maghrib|bank al maghrib|banque d'algérie|banque du liban|bct|bcc|brh … devises|dollars|transferts|allocation|change",
        "le dollar a grimpé|le dollar a pris|le dollar a bondi|le dollar a flambé|le dollar s'envole|le dollar grimpe|le dollar monte|dollar trop fort|euro trop faible|l'euro est faible|l'euro a baissé|l'euro a chuté|euro faible",
      ],
      weak: [
        "le dollar|l'euro|monnaie locale|notre monnaie|la monnaie|le naira|le dinar|le franc cfa|" +
          "fcfa|le dirham|le cedi|fluctuation*|volatilité|convertir|le change|du change|au change|" +
          "banque centrale|compte-gouttes|le cours|cours du",
      ],
      against: [
        "le dollar|l'euro|le taux|le cours|la monnaie|le naira|le dinar|le cedi|la livre|le change|la parité|le franc|notre monnaie … s'est stabilisé|s'est stabilisée|s'est redressé|s'est redressée|s'est amélioré|s'est améliorée|est revenu à la normale|est revenue à la normale|est plus stable|est stable maintenant|est redescendu",
        "avons les devises|avons obtenu les devises|avons reçu les devises|devises sont disponibles|devises ont été allouées|devises ont été accordées|devises obtenues|avons pu acheter les dollars|avons acheté les devises|avons acheté les dollars|les devises sont arrivées|avons eu les devises|avons enfin les devises|avons obtenu l'allocation|allocation a été accordée|banque nous a servi|banque a servi",
      ],
      masks: [
        "taux de change du jour|taux de change en vigueur|frais de taux de change",
        "usd/kg|eur/kg|prix en dollars|en dollars américains|taux d'intérêt|taux de fret|" +
          "cours de l'aluminium|cours du cuivre|cours de l'acier|cours du nickel|cours du zinc|" +
          "cours du pétrole|cours du brut|cours du coton|cours du cacao|cours du café|cours du blé|" +
          "cours de l'or|cours des métaux|cours des matières premières|cours du marché|" +
          "cours mondiaux|cours de bourse|cours de la bourse|cours de l'action|cours du lme|" +
          "cours du caoutchouc|cours du sucre|cours du riz|cours du plastique|cours du polymère|" +
          "au cours de|en cours|cours d'eau|cours de formation",
        "cours de l'aluminium|cours du cuivre|cours de l'acier|cours du nickel|cours du zinc|" +
          "cours du pétrole|cours du brut|cours du coton|cours du cacao|cours du café|cours du blé|" +
          "cours de l'or|cours des métaux|cours des matières premières|cours du lme|" +
          "cours du caoutchouc|cours du sucre|cours du riz|cours de la ferraille|cours de l'inox|" +
          "prix de l'aluminium|prix du cuivre|prix de l'acier … baiss*|chut*|augment*|monté|" +
          "remont*|flamb*|recul*|s'effondr*|grimp*",
        "notre client|mon client|le client|nos clients|les clients|notre acheteur … devises|dollars|allocation|change",
        "contrôle des changes … document*|facture|domiciliation|justificatif*|dossier",
      ],
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
        "kassakurs*|terminkurs*|devisentermin*|termingeschäft*|devisengeschäft*|kurssicherung*|" +
          "währungsabsicherung*|währungssicherung*|devisenabsicherung*|fx-absicherung|" +
          "usd-käufe|usd-kauf|usd käufe|usd kauf|usd-kaufe|dollarkäufe|dollarkauf|dollar-käufe|" +
          "devisenkäufe|devisenkauf|euro-käufe|eurokäufe|währungsverlust*|kursdifferenz*|" +
          "devisenkontingent*|devisenzuteilung*|devisenquote*|dollarquote*|dollar-quote*|" +
          "dollarknappheit|dollarmangel|schwarzmarkt*|parallelkurs*|offizieller kurs",
        "kurs ist|kurs heute|kurs gerade|kurse sind|kurs derzeit|kurs momentan … mies|schlecht|" +
          "ungünstig|miserabel|katastrophal|unterirdisch|im keller|zu hoch|zu niedrig|schlimm",
        "der euro|der dollar|der franken|der yen|der yuan|die lira|der rubel|die währung|" +
          "unsere währung|die landeswährung … zieht … an",
        "der euro|der dollar|der franken|der yen|der yuan|die lira|der rubel|die währung|" +
          "unsere währung|die landeswährung … legt … zu",
        "der euro|der dollar|der franken|der yen|der yuan|die lira|der rubel|die währung|" +
          "unsere währung|die landeswährung … legt zu|" +
          "erholt sich|schwächelt|schwächer|stärker|steigt|fällt|sinkt|abgestürzt|eingebrochen|" +
          "auf rekordtief|auf tiefststand|auf höchststand|rekordtief|rekordhoch",
        "zieht der euro|zieht der dollar|zieht der franken|erholt sich der euro|" +
          "erholt sich der dollar|steigt der euro|fällt der dollar|sinkt der dollar",
        "der dollar|devisen … zu teuer|sehr teuer|so teuer",
        "keine devisen|keine dollar|keine usd|keine dollars|keine fremdwährung|" +
          "devisen zugeteilt|devisen freigegeben|devisen bekommen|dollar bekommen",
        "günstigeren wechselkurs|besseren wechselkurs|kurs abwarten|auf den kurs warten|" +
          "auf einen besseren|bis der kurs|bis sich der kurs|umtauschen in dollar|" +
          "in dollar umtauschen|in dollar tauschen|euro in dollar|franken in dollar",
        "lira|rubel|währung|der euro|der dollar|landeswährung|pfund|yuan|yen|franken|peso|kwanza|naira|cedi|forint|zloty … nachgegeben|abgewertet|abgerutscht|schwächer|zugelegt|verloren|eingebrochen|abgestürzt",
        "bank|banken|zentralbank|nationalbank … gibt uns keine|geben uns keine|verkauft uns keine|verkaufen keine|keine zuteilung|keine freigabe|zuteilung|freigabe … dollar|devisen|usd|euro|fremdwährung",
        "warten|abwarten|warten ab|bis … der kurs|der dollar|der euro|die lira|die währung|wechselkurs … sinkt|fällt|sich stabilisiert|sich erholt|besser wird|nachgibt|runtergeht|zurückgeht",
        "bei dem aktuellen kurs|beim aktuellen kurs|bei diesem kurs|zum aktuellen kurs|zu diesem kurs|bei dem kurs|beim jetzigen kurs|zum jetzigen kurs|bei dem momentanen kurs|beim derzeitigen kurs|zum derzeitigen kurs|zum heutigen kurs|beim heutigen kurs|bei diesem dollarkurs|bei dem dollarkurs",
        "teilt uns … devisen|dollar … zu",
        "devisen|dollar … erst nächsten monat|erst nächste woche|nicht zugeteilt|nicht freigegeben|nicht verfügbar|nicht zu bekommen",
        "lira|rubel|währung|der euro|der dollar|landeswährung|pfund|yuan|yen|franken|peso|kwanza|naira|cedi … im freien fall|freien fall|auf talfahrt|im sinkflug|stürzt ab|bricht ein|verliert an wert|verliert weiter|so schwach|zu schwach|sehr schwach|so stark|zu stark",
      ],
      weak: [
        "der dollar|der euro|währung|landeswährung|unsere währung|lira|rubel|kursentwicklung|" +
          "schwankung*|umrechnung|umtausch",
        "nationalbank|zentralbank|notenbank|ezb|snb|geldpolitisch*|zinsentscheid*|kurs",
      ],
      against: [
        "haben die devisen|devisen sind da|devisen wurden zugeteilt|devisen wurden freigegeben|haben die dollar gekauft|dollar sind gekauft|devisen bekommen haben|haben jetzt die devisen",
      ],
      masks: [
        "zum heutigen wechselkurs|zum aktuellen tageskurs|zum tageskurs|wechselkurs des tages|" +
          "wechselkurs am zahlungstag",
        "usd/kg|eur/kg|preis in dollar|zinssatz|frachtrate*|kurs halten|kurs bleiben|" +
          "auf kurs|kurs nehmen|kurs genommen|aktienkurs*|börsenkurs*|kursteilnehm*|kurs besuchen|im kurs|kurs für|" +
          "aluminiumkurs*|kupferkurs*|stahlpreis*|ölpreis*",
        "wechselkurs*|kurs*|dollar|devisen … nichts zu tun|nichts damit zu tun|nichts mit zu tun|" +
          "keine rolle|kein thema|nicht der grund",
        "unser kunde|unser endkunde|der kunde|unsere kunden|die kunden|unser abnehmer … devisen|dollar|devisenzuteilung",
      ],
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
        "contrato de câmbio|contratos de câmbio|fechar câmbio|fechar o câmbio|travar o câmbio|" +
          "trava cambial|hedge cambial|proteção cambial|adiantamento de contrato de câmbio|" +
          "acc|perda cambial|risco cambial|diferença cambial|leilão de divisas|leilões de divisas|" +
          "quota de divisas|cota de divisas|alocação de divisas|falta de divisas|escassez de divisas|" +
          "mercado paralelo|mercado informal|kinguilas|casa de câmbio",
        "o dólar|o euro … nas alturas|nas nuvens|lá em cima|salgado|caro|" +
          "caríssimo|absurdo|alto|altíssimo|disparado|subindo|recuar|recue|ceder|ceda|baixar|" +
          "baixe|cair|caia|descer|desça|aliviar|alivie|normalizar|melhorar|melhore|estabilizar",
        "o câmbio|câmbio … nas alturas|nas nuvens|lá em cima|salgado|altíssimo|subindo|recuar|" +
          "recue|ceder|ceda|baixar|baixe|cair|caia|descer|desça|aliviar|alivie|normalizar|" +
          "melhorar|melhore|estabilizar",
        "não há dólares|não há dólar|não tem dólar|sem dólares|não há divisas|não tem divisas|" +
          "sem divisas|não vende dólares|não vendem dólares|não vende divisas|não vendem divisas",
        "o dólar tá|dólar tá|o câmbio tá|câmbio tá|o dólar hoje|dólar hoje|câmbio hoje|" +
          "câmbio de hoje|câmbio atual|câmbio desfavorável|câmbio ruim",
        "o kwanza|o metical|o real|a moeda|nossa moeda|a moeda local … desvaloriz*|caiu|" +
          "despencou|perdeu valor|enfraqueceu|se recupere|recuperar|estabiliz*|fortalec*",
        "comprar dólar|comprar o dólar|comprar os dólares|conseguir dólares|conseguir os dólares|conseguir dólar|conseguir divisas|liberação de divisas|liberar as divisas|liberar os dólares|não conseguimos comprar dólar|não conseguimos dólares|banco não libera|banco não tem dólar|bancos não têm dólares|bancos não tem dólar",
        "banco central|bna|banco de moçambique … liberar|libere|liberação|autoriz*|divisas|dólares|leilão|restri*",
        "esperar|esperando|aguardar|até … o dólar|o câmbio|a cotação … baixar|cair|melhorar|estabilizar|ceder|recuar|baixe|caia|melhore|estabilize",
        "libera os dólares|libera dólares|libera as divisas|liberar divisas|libera divisas|liberam os dólares|liberam as divisas|só libera os dólares|só libera as divisas",
        "com o dólar desse jeito|com o dólar assim|com o dólar nesse nível|com o dólar nesse patamar|com o dólar a|com o dólar como está|com esse dólar|com o câmbio assim|com o câmbio desse jeito|com esse câmbio|com o câmbio nesse nível|com o câmbio como está|com o dólar tão alto|com o dólar lá em cima",
        "banco|bancos … libera|liberam|só libera|só liberam|não libera|não liberam … os dólares|as divisas|dólares|divisas|o dólar",
      ],
      weak: [
        "o dólar|o euro|moeda local|nossa moeda|a moeda|o kwanza|o metical|o real|oscilação|" +
          "volatilidade|conversão|converter|banco central|o câmbio|ao câmbio|no câmbio|com o câmbio",
      ],
      against: [
        "já temos os dólares|já compramos os dólares|já conseguimos os dólares|já temos as divisas|já conseguimos as divisas|liberaram as divisas|liberou as divisas|já fechamos o câmbio|já fechamos câmbio",
      ],
      masks: [
        "preço|preços|valor … em dólar|em dólares … alto|caro|altíssimo|caríssimo|subiu|subindo",
        "pagamento|valor|transferência|dinheiro|em dólar|em dólares … cair na conta|caia na conta|" +
          "cai na conta|cair no banco|caia no banco|cair amanhã",
        "taxa de câmbio do dia|taxa de câmbio de hoje|câmbio do dia|taxa de câmbio vigente|" +
          "tarifa de câmbio|tarifas de câmbio",
        "usd/kg|eur/kg|preço em dólar|em dólares americanos|taxa de juros|taxa de frete|" +
          "câmbio de fornecedor|o real motivo|o real problema|a real|o real é que|real motivo|" +
          "euro 5|euro 6|euro-5|euro-6",
        "nosso cliente|meu cliente|o cliente|nossos clientes|os clientes … divisas|dólares|fechar o câmbio",
      ],
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
        "покуп* доллар*|куп* доллар*|покуп* юан*|куп* юан*|покуп* евро|куп* евро|" +
          "покуп* валют*|куп* валют*|продаж* валют*|обмен* валют*|конверт* рубл*|конверт* валют*|" +
          "по такому курсу|по этому курсу|по нынешнему курсу|по сегодняшнему курсу",
        "по курсу … невыгодн*|неудобн*|высок*",
        "доллар|юань|рубль|тенге|сом … дорог*|дешев*|подскочил|взлетел|обвалился|рухнул",
        "нет валюты|нет долларов|нет юаней|не продаёт валюту|не продает валюту|не продают валюту|" +
          "не дают валюту|не дает валюту|не даёт валюту|не продают доллары|не продаёт доллары|" +
          "не продает доллары|не можем купить валюту|не можем купить доллары|не можем купить юани|" +
          "не можем купить евро",
        "рубль|юань|доллар|тенге|сом|гривна|лира|валюта … укреп*|ослаб*|подешев*|" +
          "подорож*|дешеве*|дорожа*|откат*|скорректир*|обвал*|рухн*|взлет*|взлетел|" +
          "вырос|выросла|упал|упала|растет|растёт|падает",
        "курс … конск*|грабительск*|ужасн*|жуть|кошмар*|дик*|бешен*|зашкалива*|космическ*|" +
          "заоблачн*|безумн*|отката*|откатит*|скорректир*|успокоит*|опустит*|вернется|вернётся",
        "валютн* контрол*|валютн* операци*|валютн* рын*|валютн* выручк*|валютн* риск*|" +
          "курсов* риск*|курсов* потер*|хеджир*|форвард*|валютн* своп*|своп* контракт*|" +
          "биржев* курс*|курс цб|курс центробанк*|официальн* курс*|черн* рын*|ограничени* цб|" +
          "лимит* на покупк* валют*|валютн* лимит*",
        "ждем|ждём|подождем|подождём|дождемся|дождёмся|ждать|выжидаем|пока … курс*|доллар*|рубл*|юан*|тенге … стабилиз*|снизит*|опустит*|упадет|упадёт|вернется|вернётся|успокоит*|откатит*|нормализ*",
        "из-за курса|из-за скачка курса|из-за роста курса|из-за падения курса|из-за девальвации|из-за роста доллара|из-за доллара",
        "рубль|тенге|сум|сом|гривна|манат|лари|драм|лира|валюта … подешевел*|обесцен*|просел*|просела|рухнул*|обвалил*|ослаб*|упал*",
        "не продает|не продаёт|не продают|не дают|не дает|не даёт|не выдает|не выдаёт|не выдают|не можем получить|не можем достать … доллар*|валют*|юан*|евро",
        "при таком курсе|при этом курсе|при текущем курсе|при нынешнем курсе|при сегодняшнем курсе|с таким курсом|с этим курсом|по такому курсе|при таком долларе|с таким долларом|при таком юане",
      ],
      weak: [
        "курс|доллар|доллара|евро|валют*|рубль|рубля|тенге|юань|юаня|колебани*|цб|центробанк*|" +
          "центральн* банк*|ключев* ставк*",
      ],
      against: [
        "валюту купили|купили валюту|валюта есть|валюту получили|получили валюту|купили доллары|доллары купили|купили юани|юани купили|курс стабилизировался|курс выровнялся|курс нормализовался",
      ],
      masks: [
        "в курсе|курсе дела|держите в курсе|держать в курсе|курс обучения|долларов сша за|" +
          "курс лечения|курсы повышения|на курсах|курсов повышения|взять курс|берём курс|" +
          "берем курс|курс на",
        "стоимость|сумма|на сумму … долларов",
        "валютн* контрол* … не пропуска*|требу*|запрос*|документ*|инвойс*|код*|паспорт сделки|справк*",
        "инвойс*|документ*|код*|паспорт сделки|справк* … валютн* контрол*",
        "наш клиент|мой клиент|клиент|заказчик|покупатель|наши клиенты … валют*|доллар*|юан*",
      ],
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
        "الدولار|اليورو|العملة|الجنيه|الليرة|الدينار … نار|مولع|ولع|غالي|غالى|مرتفع|" +
          "طاير|طار|في العالي|يهدى|يهدأ|ينخفض|يرخص|يستقر|يتحسن|قفز|يقفز|" +
          "يرتفع|ارتفع|انهار|تراجع|هبط|خسر|فقد قيمته|ضعيف|ضعف",
        "نستنى|نستنا|هنستنى|حنستنى|نصبر|خلينا نستنى … سعر الدولار|سعر الصرف|سعر اليورو|الدولار ينزل|الدولار يهدى|الدولار يستقر|العملة تستقر",
        "مفيش دولار|مافيش دولار|ما فيش دولار|مافي دولار|ما في دولار|لا يوجد دولار|لا تتوفر دولارات|" +
          "لا يتوفر الدولار|عدم توفر الدولار|مش لاقيين دولار|ما لقينا دولار|لا نجد الدولار|لا نستطيع شراء الدولار|" +
          "مش قادرين نشتري دولار|ما نقدر نشتري دولار|لا يبيعنا الدولار|لا يعطينا الدولار",
        "بيدينا|يدينا|يعطينا|يعطونا|بيعطينا|يبيعنا|بيبيعنا|يبيع لنا|يوفر لنا|بيوفرلنا|يوفرلنا|" +
          "يحول لنا|ما بيدينا … دولار|الدولار|العملة الصعبة|عملة صعبة|العملة الأجنبية|عملة أجنبية|" +
          "النقد الأجنبي|عملات",
        "حصة الدولار|حصتنا من الدولار|حصتنا من العملة|حصة العملة|حصة النقد الأجنبي|" +
          "الحصة الدولارية|تخصيص العملة|تخصيص الدولار|تدبير العملة|توفير العملة|طابور الدولار|" +
          "قائمة انتظار الدولار|أولويات الدولار|قيود البنك المركزي",
        "البنك المركزي … الدولار|العملة|النقد الأجنبي|التحويلات الخارجية",
        "عقد آجل|عقود آجلة|تحوط|التحوط|خسائر الصرف|فروق العملة|فرق العملة|فروقات الصرف|" +
          "فرق سعر الصرف|سعر البنك|السعر الرسمي|السعر الموازي|السوق الموازي|الصرافة|الصرافات|" +
          "تحويل الجنيه|تحويل الليرة|تحويل الدينار|تغيير العملة|صرف الدولار|الدولار الجمركي",
        "الجنيه|الليرة|الدينار|العملة المحلية|عملتنا|التومان|الكيات … نزل|نزلت|طاح|طاحت|تدهور|تدهورت|خسر|خسرت|فقدت|انخفضت|تراجعت|هبطت|انهارت|ضعفت",
        "مش بتدي|ما بتدي|مش بيدي|ما بيدي|مش بتعطي|ما بتعطي|ما بيعطي|مش بيعطي|لا تعطي|لا يعطي|ما تعطي|ما يعطي|مش بيدونا|ما بيدونا|ما يدونا|ما يعطونا|لا يعطونا|ما بيبيعوا|مش بيبيعوا|لا تبيع|لا يبيع|ما تبيع|ما يبيع|مش بتبيع|ما بتبيع|مش بيوفر|لا توفر|لا يوفر|ما يوفر|ما بيوفر|مش بتوفر|ما بتوفر … دولار|الدولار|عملة|العملة|النقد الأجنبي|عملات",
        "يدبر العملة|يدبر الدولار|يدبروا العملة|يدبروا الدولار|تدبر العملة|تدبر الدولار|يوفر العملة|يوفر الدولار|يوفروا الدولار|يوفروا العملة|توفر العملة|توفر الدولار|يوفرلنا الدولار|يدبرلنا",
        "ننتظر|نستنى|نستنا|نصبر|لحد ما|لين|حتى … الليرة|الجنيه|الدينار|العملة … تستقر|يستقر|ترجع|يرجع|تتحسن|يتحسن|تهدى|يهدى|تهدأ|يهدأ",
        "ما عنده دولار|ما عندهم دولار|ماعنده دولار|ماعندهم دولار|ما فيه دولار|مافيه دولار|ما عنده عملة|ما عندهم عملة|مش عنده دولار|معندوش دولار|معندهمش دولار|ما عندهاش دولار|ما عندهم عملة صعبة|البنك ما عنده|البنوك ما عندها دولار",
        "بهذا السعر للدولار|بالسعر الحالي للدولار|بسعر الدولار الحالي|مع سعر الدولار|مع الدولار بهذا|مع هالدولار|بهالسعر للدولار",
        "الجنيه|الليرة|الدينار|العملة المحلية|عملتنا|التومان|الدولار|العملة … تنهار|ينهار|تتراجع|يتراجع|تنخفض|ينخفض|تهبط|يهبط|تتدهور|يتدهور|في انهيار|في تراجع|في النازل",
      ],
      weak: [
        "الدولار|اليورو|العملة|العملة المحلية|الجنيه|الليرة|الدينار|الريال|العملات الأجنبية|" +
          "تذبذب|تقلبات",
        "البنك المركزي|بالقطارة|اليوان|الين الياباني",
        "الدولار غالي|الدولار مرتفع|الدولار نار|سعر الدولار|سعر الصرف … صحيح|صح|طبعا|أكيد|اكيد … بس|لكن|ولكن",
      ],
      against: [
        "اشترينا الدولار|حصلنا على الدولار|وفرنا الدولار|دبرنا الدولار|دبرنا العملة|وفر البنك الدولار|البنك وفر الدولار|الدولار جاهز|العملة جاهزة|استقر سعر الصرف|استقر الدولار|الدولار استقر",
      ],
      masks: [
        "بسعر الصرف اليوم|بسعر صرف اليوم|بسعر الصرف الحالي",
        "دولار للكيلو|دولار للطن|بالدولار الأمريكي|سعر الفائدة|سعر الشحن|سعر الوحدة|سعر المنتج|" +
          "سعر الحاوية|سعر البضاعة|سعر المورد|أسعار الشحن|سعر الطن",
        "العميل|عميلنا|الزبون|زبوننا|زبوني|العملاء|عملاؤنا … الدولار|دولار|العملة الصعبة|النقد الأجنبي",
      ],
    },
  },
};
