import { cross, type ReasonCues } from "./types";

// Another supplier looks more attractive, or the buyer wants to renegotiate
// (PRODUCT.md §4): a cheaper offer from another factory, a price compared with
// others or with the market, a market price that fell since the order, a
// discount or price adjustment asked to match. Praise that names the others
// ("better than other suppliers") is masked, so it does not read as a threat,
// and so is "we are not looking for another supplier".
//
// The other suppliers named alone are weak cues: "our main competitor went bankrupt", "we
// compared you with other suppliers and you were the best" and "we buy from other suppliers
// too" name them without preferring them. With a second sign (a cheaper offer, a discount,
// "% less") or in a phrase that says they are cheaper, they make the reading.

/** Raw materials whose market price buyers quote when they ask to adjust ours. */
const MATERIALS_EN =
  "steel|stainless steel|iron|copper|aluminium|aluminum|zinc|nickel|tin|brass|cotton|yarn|" +
  "polyester|plastic|resin|pvc|polyethylene|polypropylene|pulp|paper|rubber|raw material*|" +
  "material*|commodit*";
const MATERIALS_ES =
  "acero|hierro|cobre|aluminio|zinc|níquel|algodón|hilado|poliéster|plástico|resina|pvc|" +
  "polietileno|polipropileno|celulosa|papel|caucho|materia prima|materias primas|insumos";
const MATERIALS_FR =
  "acier|inox|fer|cuivre|aluminium|zinc|nickel|coton|fil|polyester|plastique|résine|pvc|" +
  "polyéthylène|polypropylène|pâte|papier|caoutchouc|matière première|matières premières";
const MATERIALS_PT =
  "aço|ferro|cobre|alumínio|zinco|níquel|algodão|fio|poliéster|plástico|resina|pvc|" +
  "polietileno|polipropileno|celulose|papel|borracha|petróleo|matéria-prima|matéria prima|" +
  "matérias-primas|matérias primas|insumos";

/** The other suppliers, named without saying they are preferred (weak on their own). */
const OTHERS_EN =
  "other supplier|other suppliers|another supplier|another vendor|other vendor*|" +
  "another factory|other factory|other factories|another manufacturer|other manufacturer*|" +
  "different supplier|new supplier|alternative supplier*|competitor|competitors|competition";
const OTHERS_ZH =
  "别家|别的供应商|其他供应商|其它供应商|其他工厂|其它工厂|别的工厂|其他厂家|其它厂家|别的厂家|" +
  "其他家|别的厂|其他厂|新供应商|竞争对手|竞品|友商|别人家|另一家供应商|另外一家供应商|" +
  "另一家工厂|另外一家工厂|另一家厂|另外一家厂|另一个供应商|另外一个供应商|另外的供应商|" +
  "几家供应商|几间供应商|多家供应商|几个供应商|几家工厂|几家厂|多家工厂|" +
  "別家|別的供應商|其他供應商|其它供應商|其他工廠|別的工廠|其他廠家|別的廠家|新供應商|" +
  "競爭對手|競品|另一家供應商|另外一家供應商|另一家工廠|另外一家工廠|幾家供應商|幾間供應商|" +
  "多家供應商|幾家工廠";
const OTHERS_ES =
  "otro proveedor|otros proveedores|otra fábrica|otras fábricas|otro fabricante|" +
  "otros fabricantes|nuevo proveedor|proveedor alternativo|la competencia|competidor|" +
  "competidores|su competencia";
const OTHERS_FR =
  "autre fournisseur|autres fournisseurs|un autre fabricant|autre fabricant|autre usine|" +
  "autres usines|autres fabricants|nouveau fournisseur|fournisseur alternatif|la concurrence|" +
  "concurrent|concurrents|vos concurrents";
const OTHERS_DE =
  "anderer lieferant|anderen lieferanten|andere lieferanten|einen anderen lieferanten|" +
  "anderem lieferanten|anderen hersteller|anderer hersteller|andere hersteller|" +
  "anderem hersteller|anderer anbieter|anderen anbieter|andere anbieter|anderem anbieter|" +
  "andere fabrik|anderen fabrik|anderes werk|neuer lieferant|neuen lieferanten|" +
  "neuer anbieter|neuen anbieter|wettbewerber|konkurrenz|konkurrent*|mitbewerber";
const OTHERS_PT =
  "outro fornecedor|outros fornecedores|outra fábrica|outras fábricas|outro fabricante|" +
  "outros fabricantes|novo fornecedor|fornecedor alternativo|concorrente|concorrentes|" +
  "concorrência";
const OTHERS_RU =
  "другой поставщик|другого поставщика|других поставщиков|другие поставщики|" +
  "другим поставщиком|у другого поставщика|другой завод|другого завода|" +
  "другого производителя|другой производитель|нового поставщика|альтернативн* поставщик*|" +
  "конкурент*|друг* фабрик*|друг* заводов|других производителей|нескольких поставщиков|" +
  "несколько поставщиков|несколько фабрик|нескольких фабрик|нескольких заводов";
const OTHERS_AR =
  "مورد آخر|موردين آخرين|مورد اخر|موردين اخرين|مصنع آخر|مصنع اخر|مصانع أخرى|مصانع اخرى|" +
  "مورد جديد|شركة أخرى|شركة اخرى|منافس|منافسين|المنافسين|المنافسة|منافسيكم|" +
  "عدة موردين|عدة مصانع|كذا مصنع|كذا مورد|موردا آخر|مصنعا آخر";

/**
 * The others chosen, sought or weighed: "we found another supplier", "we are considering other
 * suppliers", "nous étudions d'autres fournisseurs". Right before the others, so "we also work
 * with other suppliers" and "we pay other suppliers first" stay weak.
 */
const CHOOSING_EN = cross(
  "found|have found|considering|consider|evaluating|evaluate|looking at|looking for|look for|" +
    "go with|going with|went with|choose|chose|chosen|choosing|switch to|switching to|" +
    "switched to|move to|moving to|moved to|change to|changing to|try|trying|tried|testing|" +
    "place the order with|placed the order with|place our order with|placed our order with|" +
    "give the order to|gave the order to|ordering with",
  cross("|a |an ", OTHERS_EN, "")
);
const CHOOSING_ES = cross(
  "encontramos|hemos encontrado|encontré|evaluando|evaluar|evaluamos|considerando|" +
    "consideramos|buscando|buscar|buscamos|probando|probar|cambiar a|cambiamos a|pasar a|" +
    "pasamos a|irnos con|nos vamos con|elegimos|elegir",
  cross("|un |una |a |a un |a una |a la |con |con un |con una ", OTHERS_ES, "")
);
const CHOOSING_FR = cross(
  "trouvé|avons trouvé|étudions|étudier|envisageons|envisager|évaluons|évaluer|cherchons|" +
    "chercher|consultons|consulter|choisi|choisir|tester|testons|essayer|essayons|" +
    "passer chez|passons chez|aller chez|allons chez|commander chez|commandons chez",
  cross("|un |une |d'|des |la ", OTHERS_FR, "")
);
const CHOOSING_DE = cross(
  "prüfen|suchen|wechseln zu|gehen zu|bestellen bei|bestellen jetzt bei|kaufen jetzt bei|" +
    "testen|vergleichen|wählen",
  cross("|einen |eine |einem |zu einem |bei einem ", OTHERS_DE, "")
);
/** German puts the verb last: "wir haben einen anderen Lieferanten gefunden". */
const CHOSEN_DE =
  OTHERS_DE +
  " … gefunden|gewählt|gewechselt|ausgewählt|beauftragt|ausprobiert|in betracht ziehen|" +
  "in erwägung ziehen";
const CHOOSING_PT = cross(
  "encontramos|achamos|avaliando|avaliar|considerando|procurando|procurar|buscando|testando|" +
    "testar|trocar para|mudar para|fechar com|fechamos com|ir com|vamos com|escolhemos",
  cross("|um |uma |o |a |com um |com uma ", OTHERS_PT, "")
);
const CHOOSING_RU = cross(
  "рассматриваем|изучаем|ищем|выбрали|переходим к|перешли к|перейдем к|перейдём к|" +
    "тестируем|пробуем",
  OTHERS_RU
);
const CHOOSING_ZH =
  "找到了|找到|考虑|在考虑|在看|换成|换到|改用|转向|选择了|选了|在谈|在联系|接触了|" +
  "考慮|在考慮|換成|換到|改用|選擇了|在談|在聯繫 … " +
  OTHERS_ZH;
const CHOOSING_AR = cross(
  "وجدنا|لقينا|نفكر في|ندرس|نبحث عن|سنتعامل مع|سنتحول إلى|تحولنا إلى|اخترنا|نجرب|جربنا|" +
    "سنشتري من|انتقلنا إلى|سننتقل إلى",
  OTHERS_AR
);

export const COMPETITOR: ReasonCues = {
  reason: "competitor",
  cues: {
    en: {
      strong: [
        "other companies offer",
        CHOOSING_EN,
        // The others make the buyer an offer, or come courting.
        OTHERS_EN +
          " … offers us|offered us|offering us|quoted us|has offered us|gives us|gave us|" +
          "contacted us|approached us|reached out to us|in touch with us|calling us|visiting us",
        "cheaper offer|cheaper price|cheaper quote|cheaper quotation|cheaper option|" +
          "cheaper elsewhere|cheaper than yours|cheaper than you|lower price|lower prices|" +
          "lower offer|lower quote|lower quotation|better offer|better quote|better quotation|" +
          "more competitive offer|more competitive price|much cheaper|considerably cheaper|" +
          "significantly cheaper|substantially cheaper|a lot cheaper|far cheaper|way cheaper|" +
          "cheaper supplier|cheaper factory|cheaper source|better deal|for less elsewhere",
        "found|offered|offers|offering|quoted|quoting|sells|selling … cheaper|lower price*|" +
          "better price*|lower cost",
        "order with another|order with a different|buy from another|buying from another|" +
          "buy from a new|buying from a new|buy from a different|buying from a different|" +
          "purchase from another|source from another|sourcing from another|switch to another|" +
          "buy elsewhere|source elsewhere|order elsewhere|purchase elsewhere|shop around|" +
          "shopping around",
        "supplier|factory|manufacturer|vendor|company|competitor|competitors|competition … " +
          "offered|offers|quoted|gave us|giving us … better|lower|cheaper|more competitive",
        "supplier|suppliers|factory|factories|manufacturer|manufacturers|vendor|vendors|mill|mills|" +
          "competitor|competitors|competition … cheaper|lower price|lower prices|lower quote|" +
          "below your*|below you|below yours|for less",
        "quotation|quote|offer|quotations|quotes|offers|proposal … from a|from an|from another|" +
          "from two|from several|from other … supplier*|factor*|manufacturer*|vendor*|mill|mills",
        cross(
          "talking to|talking with|speaking to|speaking with|in talks with|negotiating with|" +
            "in contact with|met|meeting|approached by|been offered by",
          "a few|several|some|other|two|three|many|different|new|a new|another|local"
        ) +
          " … factories|factory|suppliers|supplier|manufacturers|manufacturer|vendors|vendor|mills",
        "discuss the price|discuss the prices|discuss price*|price again|prices again|" +
          "talk about the price|talk about your price*|talk about price*|discuss your price*|" +
          "discuss pricing|discuss the pricing|revisit the price*|revisit your price*|revisit pricing|" +
          "call about the price*|call about the pricing|call about your price*|call about pricing",
        "same product*|same quality|same item*|same goods|same spec*|same specification* … cheaper|" +
          "lower price*|for less",
        "your price is too high|your prices are too high|price is too high|prices are too high|" +
          "price is high|price is very high|too expensive|overpriced|uncompetitive|" +
          "not competitive|no longer competitive|less competitive|out of the market|above the market|" +
          "above market price*|above market level",
        cross(
          "higher than|more expensive than|above|pricier than",
          "others|the others|other suppliers|other vendors|other factories|other offers|other quotes|" +
            "the market|market price*|market level|competitors|the competition|your competitors|" +
            "the rest|everyone else|anyone else"
        ),
        "price|prices|pricing|quote|quotation|offer … among the highest|the highest|highest in|" +
          "highest of|highest among|well above|far above|higher than others|higher than the others",
        "quoted below|priced below|came in below|below your price*|below your quote*|below your offer|" +
          "undercut*|beat your price*|beat your offer|beat your quote",
        "renegotiate|re-negotiate|renegotiation|negotiate the price|negotiate a better price|" +
          "review the price|review your price*|revise the price|revise your price*|" +
          "reconsider the price|reduce the price|reduce your price*|lower your price*|" +
          "lower the price|price reduction|match the price|match their price|match this price|" +
          "beat the price|beat their price|match their offer|match the offer|match that offer|" +
          "match their quote|match the quote|match that price|match the market|meet their price|" +
          "adjust your price*|adjust the unit price*|price concession|price cut",
        "comparing offers|compare offers|comparing prices|compare prices|comparing quotations|" +
          "compare quotations|comparing quotes|compare quotes|comparing suppliers|compare suppliers|" +
          "price comparison|other quotes|other quotations|other offers|several offers|" +
          "several quotations|several quotes|evaluating other|looking at other options|" +
          "considering other options|looking for another supplier|change supplier|change the supplier|" +
          "switch supplier*|changing supplier*|alternative offers|competing offers|competing quotes",
        "benchmark* … price*|contract*|supplier*",
        "price|prices|pricing … dropped|fallen|come down|came down|gone down|went down|softened|" +
          "decreased … across the market|in the market|on the market|market-wide|worldwide|globally",
        "in line with|on par with|to the level of|level with|align with|aligned with|closer to … " +
          "others|other suppliers|other offers|other quotes|the market|market level|market price*|" +
          "competitors|the competition|what others",
        "higher than what|more than what|above what … others|other suppliers|the market|" +
          "competitors|the competition",
        "sourcing from|source from|switched to|switching to|moving to|move to|shifting to|" +
          "shifted to … cheaper|for less|lower price*|better price*",
        "under yours|below yours|under your price*|under your quote*|under your offer",
        "market price*|market prices|prices in the market|price* on the market|world price*|" +
          "commodity price* … dropped|fell|fallen|gone down|went down|come down|came down|" +
          "decreased|declined|is down|are down|softened|collapsed|lower",
        "price of|prices of|cost of … " +
          MATERIALS_EN +
          " … dropped|fell|fallen|gone down|went down|come down|came down|decreased|declined|" +
          "is down|are down|softened|collapsed",
        MATERIALS_EN +
          " … price*|prices … dropped|fell|fallen|gone down|went down|come down|came down|" +
          "decreased|declined|is down|are down|softened|collapsed",
        "price too high|prices too high|price too much|price is too much|prices are too much|price high too much|price is on the high side|prices are on the high side|price on the high side|too costly|too dear|your price is higher|your prices are higher|your price is expensive|your prices are expensive|your price high|your price is high",
        "more expensive than|pricier than|dearer than|costlier than|more costly than … the chinese|the vietnamese|the indian|the turkish|the thai|the local|the ones from|those from|goods from|products from|the one from|the same from|vietnam*|india*|turk*|thai*|chinese|indonesia*|malaysia*|bangladesh*|pakistan*|local ones|local product*",
        "same|identical|similar … % less|% cheaper|% lower|% below|percent less|percent cheaper|per cent less|per cent cheaper|for less|cheaper|at a lower price|lower price*",
        "on alibaba|on 1688|on made-in-china|on amazon|on aliexpress|on dhgate|on taobao|on the internet|online … cheaper|for less|% less|% cheaper|% lower|lower price*",
        "another|other|one more … seller*|man|guy|person|trader*|dealer*|shop*|company|companies|chinese|importer* … cheaper|lower price*|for less|% less",
        "found|get|got|buy|buying|bought|can get … same|it|them … cheaper|for less|% less|% cheaper",
        "reduce am|reduce it|reduce small|reduce a little|reduce little|reduce for me|reduce for us|reduce the price|reduce price|reduce your price*|reduce the unit price|bring down the price|bring down your price*|bring the price down|bring your price down|come down on the price|come down on price|come down on your price*|drop the price|drop your price*|cut the price|cut your price*|do better on the price|do better on price|sharpen your price*|sharpen the price|give us discount|give me discount|give us a discount|give me a discount|give us better price|give me better price|give us a better price|give me a better price|best price you can do|your best price|your last price",
        "understand your pricing|understand the pricing|understand the price difference|explain the price difference|explain your pricing|justify your price*|justify the price*",
        "why your price*|why your goods|why your product*|why are you|why you are|why is your|why are your … more expensive|so expensive|higher than|so high|too high|expensive|costly|pricier|dearer|above|% above|% higher|% more",
        "buy|get|source|find|found|buying|getting|sourcing|purchase … locally|elsewhere|in the market|from others|from other* … for less|cheaper|% less|% cheaper|at less|at cheap*",
        "reduce the rate|reduce your rate*|reduce rate|less the rate|lower than your rate|cheaper than your rate|below your rate|your rate is high|your rate is too high|your rates are high|your rates are too high|your rate is higher|your rates are higher|market rate is lower|market rate is less|market rates are lower|market rate is cheaper|at cheap rate|at cheaper rate|at a cheaper rate|at less rate|cheap rate from|cheaper rate from",
        "price*|prices of your|price of your|your price*|your rate*|your goods|your product* … more than others|more than the others|more than other*|higher than others|high pass|pass the other*|pass others|above others|more than what others|dearer than others",
        "same|identical|similar … at cheap*|cheap rate|cheap price|low price|less price|less rate|at a lower cost",
        "above what|more than what|higher than what … we pay|we paid|we get|we can get|we find|we found|we buy|we bought|we are paying|we're paying",
        "higher than the vietnamese|higher than the indian|higher than the chinese|higher than the turkish|higher than the thai|higher than the local|higher than the ones from|higher than those from|simply higher than|just higher than|your price is higher than|your prices are higher than",
      ],
      weak: [
        OTHERS_EN,
        "better price|best price|discount|special price|price adjustment|more competitive|" +
          "very expensive|quite expensive|better terms|better conditions|" +
          "longer payment terms|better payment terms|credit terms|open account|cancel the order|" +
          "cancel this order|put the order on hold|credit note|credit memo|overpaid|overpaying|" +
          "paid too much|paying too much|supplier review|tender|bids|rfq|request for quotation|" +
          "adjust the price|price* dropped|prices have dropped|prices have fallen|price war|" +
          "look elsewhere|go elsewhere|several suppliers|price increase|same product",
        "% less|% cheaper|percent less|percent cheaper|price difference|difference in price|alibaba|1688|made-in-china|aliexpress",
      ],
      masks: [
        // Praise that compares: they were looked at, and the buyer chose this seller.
        "you were the best|you are the best|you're the best|yours was the best|yours is the best|" +
          "yours were the best|yours are the best|your quality is the best|your quality was the best|" +
          "your price is the best|your price was the best|your prices are the best|" +
          "your offer was the best|your offer is the best|you were the cheapest|you are the cheapest|" +
          "yours was the cheapest|yours is the cheapest|your price was the lowest|" +
          "your price is the lowest|you had the best price|you have the best price|" +
          "you have the best quality|you had the best quality",
        "better than other suppliers|better than others|cheaper than other suppliers|" +
          "than other suppliers|than your competitors|than the competition|than our other suppliers|" +
          "compared to other suppliers|we prefer you|we prefer your|your price is good|" +
          "your price is fine|your price is ok|price is acceptable|no other supplier|" +
          "only supplier|competition law|happy with your price*|happy with the price*|" +
          "our other supplier|our other suppliers|my other suppliers|all our suppliers|" +
          "sell at lower price*|selling at lower price*|sold at lower price*|sell at a lower price|" +
          "pay other suppliers|pay our other suppliers|paying other suppliers|owe other suppliers|" +
          "other suppliers to pay|" +
          cross(
            "no intention of|no intention to|no plan to|no plans to|not planning to|not going to|" +
              "won't|will not|do not want to|don't want to",
            "switch suppliers|switching suppliers|switch supplier|switching supplier|" +
              "change supplier|changing supplier|change suppliers|changing suppliers|" +
              "look for another supplier|looking for another supplier"
          ),
        "other offers|other quotes|other suppliers … don't interest us|do not interest us|" +
          "are not of interest",
        "market price of our|market prices of our|price of our|prices of our|our selling price*|" +
          "our sales price*|our own price* … dropped|fell|fallen|gone down|went down|come down|" +
          "came down|decreased|declined|lower",
        "freight quote|freight quotes|freight rate*|shipping rate*|freight cost*|ocean freight … " +
          "lower|cheaper|better|below",
      ],
    },
    zh: {
      strong: [
        CHOOSING_ZH,
        OTHERS_ZH +
          " … 给我们报|給我們報|给我们开|給我們開|便宜很多|便宜不少|低很多|低不少|低了不少",
        "更便宜|便宜很多|便宜不少|价格更低|更低的价格|更低价格|价格比你们低|报价更低|报价比你们低|" +
          "更好的价格|更优惠|价格更有优势|性价比更高|更有竞争力的价格|价格低了不少|价格低不少|" +
          "价格低很多|价格低了很多|便宜一成|便宜两成|便宜近一成|便宜快一成|便宜了一成|便宜百分之|" +
          "价格低一成|低一成|低两成|價格更低|更低的價格|報價更低|更好的價格|更優惠|" +
          "價格低了不少|價格低不少|價格低很多|便宜一成|便宜兩成",
        "比你们|比你哋|比贵司|比你们家|比贵公司|比你們|比貴司|比貴公司 … 低|便宜|平啲|平好多|平咗|优惠|優惠|划算",
        "报了|报的|报给|报得|報了|報的|報得|报价|報價|给的价|給的價 … 更低|低了|低不少|低很多|便宜",
        "同款|同样的|一样的|同類|同类|同等|差不多的|同样|一樣的|同樣 … 便宜|价格低|價格低|更低|" +
          "低了不少|低很多|低了很多|报价低|報價低",
        "价格太高|价格偏高|价格高了|价格有点高|你们的价格高|你们价格太高|太贵|贵了|偏贵|有点贵|" +
          "没有竞争力|没竞争力|价格最高|报价最高|高于市场|高出市场|比市场价高|比别家高|比同行高|" +
          "價格太高|價格偏高|價格有點高|太貴|貴了|偏貴|有點貴|沒有競爭力|價格最高|報價最高",
        "重新谈价格|重新议价|重新谈|再谈价格|再谈一下价格|降价|降一点|降点价|便宜一点|便宜点|" +
          "能不能便宜|能否便宜|调整价格|价格调整|比价|货比三家|让一让|让点价|让一点|让利|压价|" +
          "聊聊价格|谈谈价格|谈一下价格|聊一下价格|商量一下价格|价格再谈|价格再聊|再谈谈价格|" +
          "议价空间|调整单价|调整一下单价|调一下单价|单价调整|单价下调|下调单价|下调价格|" +
          "换供应商|更换供应商|换一家供应商|换工厂|换厂家|比较报价|对比报价|比较几家|对比几家|" +
          "比紧|重新議價|重新談|再談價格|降價|降一點|便宜一點|能不能便宜|調整價格|價格調整|比價|" +
          "讓一讓|讓利|壓價|談談價格|聊聊價格|調整單價|換供應商|更換供應商",
        "价格|报价|價格|報價|单价|單價 … 最高|最贵|最貴",
        "跟别人一样|和别人一样|跟别家一样|和别家一样|别人的价格|别人的报价|人家的价格|人家的报价|" +
          "同行的价格|同行价|同行的报价|跟別人一樣|和別人一樣|別人的價格|別人的報價|同行的價格",
        "价格|价钱|單價|单价|價格|價錢 … 商量|有没有空间|有沒有空間|余地|餘地",
        "铜价|钢价|铝价|锌价|镍价|棉价|纸价|原材料价格|原料价格|材料价格|市场价|市场价格|" +
          "行情价|大宗商品|铁矿石|塑料价格|树脂价格|銅價|鋼價|鋁價|原材料價格|原料價格|市場價|市場價格 … " +
          "跌|下跌|降了|下降|回落|大跌|走低|便宜了",
        "阿里巴巴上|阿里上|1688上|淘宝上|拼多多上|网上|阿里巴巴|1688 … 便宜|更低|低了|低不少|低很多|同款|一样的",
        "比越南|比印度|比土耳其|比泰国|比印尼|比马来西亚|比国内|比本地|比当地|比别人|比人家|比市场|比同行|比市面|比越南的|比印度的 … 贵|高|貴",
        "把价格降|价格降下来|价格降一降|价格往下|再低一点|再低点|再便宜点|再便宜一点|便宜些|打个折|给个折扣|给点折扣|给个优惠|给点优惠|价格再低|價格降下來|再便宜點|打個折|給個折扣",
        "你们的价格|你们价格|贵司价格|你们的报价|你们报价|你們的價格|你們價格|你們的報價 … 偏高|太高|高了|高出|贵了|貴了|太贵|太貴|没优势|沒優勢",
        "为什么你们|为什么贵司|為什麼你們 … 贵|貴|价格高|價格高",
      ],
      weak: [
        OTHERS_ZH,
        "同行|另一家|另外一家|优惠|折扣|打折|账期|賬期|帳期|優惠|取消订单|取消訂單|暂停订单|暫停訂單|" +
          "商量的余地|招标|投标|询价|詢價|招標|同款|返点|返利|折让|红字发票",
      ],
      masks: [
        // Praise that compares: they were looked at, and the buyer chose this seller.
        "你们的质量最好|你们质量最好|你们的价格最好|你们的价格最低|你们最便宜|你们是最好的|你們的質量最好|" +
          "你們的價格最好|你們的價格最低|你們最便宜|你們是最好的|贵司质量最好|貴司質量最好",
        "比别家好|比其他供应商好|比別家好|比其他供應商好|比同行好|只跟你们合作|只跟你們合作|" +
          "运费|海运费|运价|费率|運費|費率|不会换供应商|不换供应商|不打算换|不考虑别家|不考虑其他|" +
          "不會換供應商|不換供應商",
        "运费报价|海运费报价|货代报价|物流报价|运费的报价|運費報價|貨代報價 … 低了|更低|低不少|" +
          "低很多|便宜",
      ],
    },
    es: {
      strong: [
        "otra empresa nos|otras empresas nos",
        CHOOSING_ES,
        OTHERS_ES +
          " … nos ofrece|nos ofrecen|nos ofreció|nos ofrecieron|nos cotiza|nos cotizan|" +
          "nos cotizó|nos cotizaron|nos da|nos dan|nos dio|nos dieron|nos contactó|nos contactaron|" +
          "nos visita|nos visitan|nos busca|nos buscan",
        "presupuesto|presupuestos|cotización|cotizaciones|oferta|ofertas … a otros proveedores|" +
          "a otras fábricas|a otros fabricantes|a varios proveedores|a varias fábricas|" +
          "de otro proveedor|de otros proveedores|de otras fábricas|de otros fabricantes|" +
          "de la competencia|de un competidor",
        "más barato|más barata|más baratos|más baratas|más económico|más económica|" +
          "más económicos|precio más bajo|precios más bajos|mejor oferta|oferta más baja|" +
          "cotización más baja|una oferta mejor|oferta más barata|mucho más barato|" +
          "oferta más conveniente|precio más competitivo|precios más competitivos",
        "nos ofrecen|nos ofrecieron|nos cotizaron|nos cotizan|nos venden … más bajo|más barato|" +
          "más barata|menor precio|por debajo",
        "oferta|ofertas|cotización|cotizaciones|propuesta|presupuesto … de una fábrica|de un fabricante|" +
          "de un proveedor|de otra fábrica|de otro fabricante|de varios proveedores|de dos proveedores|" +
          "de varias fábricas",
        "proveedor|proveedores|fábrica|fábricas|fabricante|fabricantes|competidor|competidores|" +
          "competencia … más barato|más barata|por debajo|más bajo|más bajos|menor precio|" +
          "mejor precio",
        "precio muy alto|precio es alto|precio está alto|precio es muy alto|precios altos|" +
          "precios muy altos|muy caro|demasiado caro|está caro|están caros|no es competitivo|" +
          "no son competitivos|fuera de mercado|fuera del mercado|dejó de ser competitivo|" +
          "ya no es competitivo|ya no son competitivos|poco competitivo|poco competitivos|" +
          "el más caro|los más caros|el precio más alto",
        cross(
          "por encima|más alto|más altos|más alta|más caro|más caros|superior|superiores",
          "de los demás|que los demás|de otros|que otros|del mercado|que el mercado|" +
            "de la competencia|que la competencia|a los demás|al mercado|a la competencia|" +
            "al de otros|a otros|al precio de mercado|de otros proveedores|que otros proveedores"
        ),
        "por debajo de ustedes|por debajo de su precio|por debajo de su oferta|" +
          "por debajo de su cotización|por debajo de sus precios|más bajo que ustedes|" +
          "más barato que ustedes|más baratos que ustedes|más barata que ustedes|cotizaron por debajo|" +
          "más baja que la suya|más bajo que el suyo|más bajos que los suyos|más bajas que las suyas|" +
          "más barata que la suya|más barato que el suyo|por debajo de la suya|por debajo del suyo|" +
          "inferior a la suya|inferior al suyo|menor que la suya|menor que el suyo",
        "renegociar|renegociación|negociar el precio|revisar el precio|revisar los precios|" +
          "revisar su precio|revisar sus precios|bajar el precio|bajar sus precios|" +
          "rebajar el precio|reducir el precio|mejorar el precio|mejorar su precio|" +
          "igualar el precio|igualar la oferta|igualar esa oferta|igualar su oferta|" +
          "comparando precios|comparar precios|comparando cotizaciones|comparar cotizaciones|" +
          "comparando ofertas|comparar ofertas|comparando propuestas|comparando proveedores|" +
          "otras cotizaciones|otras ofertas|cambiar de proveedor|mejores condiciones|" +
          "ajustar el precio unitario|ajustar los precios unitarios|ajustar su precio|" +
          "ajustar sus precios|hablar del precio|hablar de precio|hablar sobre el precio|" +
          "conversar el precio|discutir el precio|rebaja de precio|reducción de precio",
        "precio|precios|cotización|costo|costos|valor … " +
          MATERIALS_ES +
          " … bajó|bajaron|ha bajado|han bajado|cayó|cayeron|ha caído|han caído|descendió|" +
          "se redujo|se redujeron|disminuyó|disminuyeron",
        "precio de mercado|precios de mercado|precios internacionales|precio internacional … " +
          "bajó|bajaron|ha bajado|han bajado|cayó|cayeron|ha caído|han caído|descendió",
        "bajó|bajaron|ha bajado|han bajado|cayó|cayeron|ha caído|han caído|descendió … " +
          "precio del|precio de la|precios del|precios de la|precio de|costo del … " +
          MATERIALS_ES,
        "más caro que el de|más caro que los de|más cara que la de|más caros que los de|más caras que las de|más caro que lo de|más caro que el producto|más caro que el chino|más caro que los chinos|más caros que el de|más caras que la de|más caro que la de",
        "las mismas|los mismos|el mismo|la misma|idéntico|idénticos|idéntica|idénticas … % menos|por ciento menos|más barat*|más económic*|por menos|a menor precio",
        "en alibaba|en 1688|en amazon|en mercadolibre|en mercado libre|en aliexpress|en internet … más barat*|% menos|por menos|más económic*|a menor precio",
        "bajen el precio|baje el precio|bajen los precios|baje los precios|me bajen|nos bajen|rebajen|rebaje el precio|rebájenme|bájenme|bájennos|bajarme el precio|bajarnos el precio|hagan un descuento|haga un descuento|hacernos un descuento|hacerme un descuento|hagan una rebaja|mejoren el precio|mejore el precio|mejoren su precio|mejore su precio|mejorar su oferta|mejoren la oferta|denme un mejor precio|deme un mejor precio",
        "por qué su precio|por qué sus precios|por qué el producto de ustedes|por qué su producto|por qué ustedes … caro|cara|caros|caras|distinto|diferente|alto",
        "por encima de lo que|más caro de lo que|más alto de lo que|más de lo que … pagamos|compramos|conseguimos|encontramos|nos cobran|cobran otros|pagábamos",
      ],
      weak: [
        OTHERS_ES,
        "mejor precio|descuento|precio especial|más plazo|cancelar el pedido|cancelar la orden|" +
          "nota de crédito|rebaja|licitación|concurso de precios|ajustar el precio|ajuste de precio|" +
          "ajuste del precio|igualar|igualan|igualarla|mismo producto|misma calidad",
        "% menos|alibaba|1688|diferencia de precio|entender el precio|entender su precio",
      ],
      masks: [
        // Praise that compares: they were looked at, and the buyer chose this seller.
        "ustedes eran los mejores|ustedes son los mejores|ustedes fueron los mejores|" +
          "su calidad es la mejor|su calidad era la mejor|su precio es el mejor|su precio era el mejor|" +
          "su precio fue el mejor|su oferta era la mejor|su oferta fue la mejor|" +
          "ustedes eran los más baratos|ustedes son los más baratos|su precio era el más bajo|" +
          "su precio es el más bajo",
        "mejor que otros proveedores|más barato que otros proveedores|que la competencia|" +
          "que otros proveedores|preferimos a ustedes|su precio está bien|su precio es bueno|" +
          "tu precio está bien|tu precio es bueno|pagar a otros proveedores|" +
          cross(
            "no estamos buscando|no buscamos|no vamos a buscar|no queremos|no pensamos|no vamos a|" +
              "sin intención de",
            "otro proveedor|otros proveedores|cambiar de proveedor|cambiar proveedor"
          ),
      ],
    },
    fr: {
      strong: [
        CHOOSING_FR,
        OTHERS_FR +
          " … nous propose|nous proposent|nous a proposé|nous ont proposé|nous offre|nous offrent|" +
          "nous a offert|nous ont offert|nous accorde|nous accordent|nous démarche|nous démarchent|" +
          "nous a contactés|nous ont contactés|nous sollicite|nous sollicitent",
        "offre|offres|devis|proposition|propositions|cotation|cotations … d'autres fournisseurs|" +
          "d'autres usines|d'autres fabricants|auprès d'autres|à d'autres fournisseurs|" +
          "auprès de plusieurs|de concurrents|de vos concurrents|d'un autre fournisseur|" +
          "d'un autre fabricant",
        "remettre en concurrence|remis en concurrence|" +
          "remise en concurrence|mise en concurrence|mis en concurrence|remet en concurrence",
        "moins cher|moins chère|moins chers|moins chères|prix plus bas|prix inférieur|" +
          "prix inférieurs|meilleure offre|offre plus intéressante|offre plus basse|offre concurrente|" +
          "offres concurrentes|offre moins chère|devis moins cher|beaucoup moins cher|" +
          "prix plus compétitif|prix plus compétitifs|offre plus compétitive",
        "propose|proposé|proposent|offre|offrent|vend|vendent … moins cher|prix plus bas",
        "offre|offres|devis|proposition|cotation … d'un fournisseur|d'une usine|d'un fabricant|" +
          "d'une autre usine|de deux fournisseurs|de plusieurs fournisseurs|d'un concurrent",
        "fournisseur|fournisseurs|usine|usines|fabricant|fabricants|concurrent|concurrents|" +
          "concurrence … moins cher|moins chers|en dessous|en-dessous|plus bas|inférieur*",
        "trop cher|trop chère|prix trop élevé|prix trop élevés|prix élevé|prix sont élevés|" +
          "prix est élevé|très cher|pas compétitif|plus compétitif|plus compétitifs|" +
          "hors marché|hors du marché|peu compétitif|n'est plus compétitif|le plus cher|" +
          "les plus chers|prix le plus élevé|prix les plus élevés|offre la plus chère",
        cross(
          "plus élevé|plus élevés|plus élevée|plus élevées|plus cher|plus chers|plus chère|" +
            "au-dessus|au dessus|supérieur|supérieurs|supérieure|supérieures",
          "que les autres|que nos autres|que d'autres|du marché|que le marché|de la concurrence|" +
            "que la concurrence|des autres|à la concurrence|au marché|aux autres|au prix du marché|" +
            "que vos concurrents|de vos concurrents|à ceux des autres|à celui des autres"
        ),
        "prix|tarif|tarifs … plus élevé que|plus élevés que|plus cher que|plus chers que",
        "en dessous de vous|en-dessous de vous|en dessous de votre prix|en dessous de vos prix|" +
          "en dessous de votre offre|moins cher que vous|moins chers que vous|plus bas que vous|" +
          "inférieur au vôtre|inférieurs aux vôtres|inférieur à votre prix|inférieurs à vos prix|" +
          "inférieure à la vôtre|inférieures aux vôtres|plus basse que la vôtre|plus bas que le vôtre|" +
          "moins chère que la vôtre|moins cher que le vôtre|moins chers que les vôtres",
        "renégocier|renégociation|négocier le prix|revoir le prix|revoir vos prix|revoir les prix|" +
          "revoir votre prix|revoir votre tarif|baisser le prix|baisser vos prix|baisser votre prix|" +
          "réduire le prix|réduire vos prix|vous aligner|aligner vos prix|aligner votre prix|" +
          "s'aligner sur|comparer les offres|comparons les offres|comparer les prix|comparons les prix|" +
          "comparaison des offres|comparaison des prix|autres offres|autres devis|" +
          "changer de fournisseur|conditions plus avantageuses|effort sur le prix|effort sur les prix|" +
          "effort sur vos prix|effort sur votre prix|geste sur le prix|geste sur les prix|" +
          "ajuster le prix unitaire|ajuster les prix unitaires|ajuster votre prix|ajuster vos prix|" +
          "discuter du prix|discuter des prix|discuter le prix|parler du prix|parler des prix|" +
          "baisse de prix|baisse des prix|baisse tarifaire",
        "prix|cours|cotation|cotations|coût … " +
          MATERIALS_FR +
          " … baissé|a baissé|ont baissé|chuté|a chuté|ont chuté|diminué|reculé|recule|reculent|" +
          "en baisse|s'est effondré|dégringolé",
        "prix du marché|prix de marché|prix mondiaux|cours mondiaux … baissé|a baissé|ont baissé|" +
          "chuté|a chuté|ont chuté|diminué|reculé|en baisse",
        "les mêmes|le même|la même|identique*|similaire* … moins cher*|% moins cher*|% de moins|% en moins|pour moins|à moindre prix",
        "sur alibaba|sur 1688|sur amazon|sur aliexpress|sur internet|en ligne … moins cher*|% de moins|% en moins|pour moins",
        "plus cher que ceux de|plus cher que celui de|plus chers que ceux de|plus chère que celle de|plus chères que celles de|plus cher que le chinois|plus cher que les chinois|plus cher que les produits|plus chers que les produits|plus cher que la marchandise|plus cher que ceux du|plus chers que ceux du|plus cher que celui du",
        "baissez le prix|baissez vos prix|baissez votre prix|baisser un peu|baisser votre prix|baisser vos prix|faites un effort|faire un effort sur|faites-moi un prix|faites nous un prix|faites-nous un prix|revoir à la baisse|revoyez votre prix|revoyez vos prix|revoyez le prix|diminuer le prix|diminuez le prix|diminuer vos prix|diminuez vos prix|réduisez le prix|réduisez vos prix|accordez-nous une remise|accordez nous une remise|votre meilleur prix",
        "pourquoi votre prix|pourquoi vos prix|pourquoi votre produit|pourquoi vos produits|pourquoi votre marchandise … cher*|élevé*|différen*",
        "votre prix est trop élevé|vos prix sont trop élevés|votre prix est élevé|vos prix sont élevés|votre prix est trop haut|vos prix sont trop hauts|votre prix est cher|vos prix sont chers|vos tarifs sont élevés|vos tarifs sont trop élevés|votre tarif est élevé|votre prix est excessif|vos prix sont excessifs",
        "au-dessus de ce que|au dessus de ce que|plus cher que ce que|plus élevé que ce que|plus élevés que ce que … nous payons|on paie|on paye|on trouve|nous trouvons|nous obtenons|on obtient|d'autres|les autres",
      ],
      weak: [
        OTHERS_FR,
        "meilleur prix|réduction|remise|rabais|geste commercial|annuler la commande|note de crédit|" +
          "appel d'offres|consultation|ajuster le prix|ajustement de prix|ajustement du prix|" +
          "geste équivalent|même produit|même qualité",
        "% de moins|% moins cher|alibaba|1688|différence de prix|comprendre votre prix|comprendre vos prix|comprendre la différence|écart de prix",
      ],
      masks: [
        // Praise that compares: they were looked at, and the buyer chose this seller.
        "vous étiez les meilleurs|vous êtes les meilleurs|votre qualité est la meilleure|" +
          "votre qualité était la meilleure|votre prix est le meilleur|votre prix était le meilleur|" +
          "votre offre était la meilleure|votre offre est la meilleure|vous étiez les moins chers|" +
          "vous êtes les moins chers|votre prix était le plus bas|votre prix est le plus bas",
        "meilleur que les autres fournisseurs|que la concurrence|que vos concurrents|" +
          "que les autres fournisseurs|votre prix est bon|votre prix nous convient|" +
          "vos prix nous conviennent|payer les autres fournisseurs|payer nos autres fournisseurs|" +
          "remise documentaire|remise de documents|remise en banque|remise à l'encaissement|" +
          cross(
            "ne cherchons pas|ne comptons pas|ne voulons pas|n'avons pas l'intention de|" +
              "pas question de|sans intention de",
            "changer de fournisseur|un autre fournisseur|d'autres fournisseurs"
          ),
      ],
    },
    de: {
      strong: [
        CHOOSING_DE,
        CHOSEN_DE,
        OTHERS_DE +
          " … bietet uns|bieten uns|bot uns|boten uns|hat uns angeboten|gewährt uns|" +
          "kontaktiert uns|kontaktieren uns|hat uns kontaktiert|haben uns kontaktiert|" +
          "ist auf uns zugekommen|sind auf uns zugekommen",
        "angebot|angebote|offerte|offerten|preise … von anderen lieferanten|von anderen anbietern|" +
          "von anderen herstellern|anderer lieferanten|anderer anbieter|anderer hersteller|" +
          "bei anderen lieferanten|bei anderen anbietern|bei anderen herstellern|" +
          "von mehreren lieferanten|von mehreren anbietern|der konkurrenz|von wettbewerbern",
        "günstigeren anbieter|günstigerer anbieter|günstigeren lieferanten|günstigerer lieferant",
        "günstigeres angebot|günstigere angebote|besseres angebot|billigeres angebot|" +
          "niedrigerer preis|niedrigeren preis|niedrigere preise|besseren preis|günstiger angeboten|" +
          "billiger angeboten|deutlich günstiger|viel günstiger|viel billiger|woanders günstiger|" +
          "anderswo günstiger|woanders billiger|anderswo billiger|wesentlich günstiger|" +
          "erheblich günstiger|deutlich billiger|wesentlich billiger|preiswerteres angebot|attraktiveres angebot|konkurrenzangebot*|" +
          "wettbewerbsangebot*|gegenangebot*",
        "angebot|angebote|offerte|preis|preise … eines|einer|von einem|von einer|aus … " +
          "herstellers|hersteller|lieferanten|anbieters|anbieter|fabrik|produzenten",
        "hersteller|lieferant|lieferanten|anbieter|fabrik|konkurrenz|konkurrent*|wettbewerber|" +
          "mitbewerber … günstiger|billiger|unter ihrem|unter ihren|unter ihnen|niedriger*",
        "dieselbe qualität|die gleiche qualität|gleiche qualität|dieselbe ware|die gleiche ware|" +
          "gleichen artikel|gleiche artikel|dasselbe produkt|das gleiche produkt|gleiche produkt … " +
          "günstiger|billiger|preiswerter|niedriger*",
        "unter ihrem preis|unter ihren preisen|unter ihrem angebot|" +
          "günstiger als sie|billiger als sie|günstiger als ihr*|billiger als ihr*|" +
          "niedriger als ihr*",
        "zu teuer|preis ist zu hoch|preise sind zu hoch|preis ist hoch|preise sind hoch|" +
          "sehr teuer|nicht wettbewerbsfähig|nicht konkurrenzfähig|nicht mehr wettbewerbsfähig|" +
          "nicht mehr konkurrenzfähig|überteuert|nicht marktgerecht|am teuersten|der teuerste|" +
          "die teuersten|höchsten preis|höchste preis",
        "über dem wettbewerb|über dem markt|über dem marktpreis|über dem marktniveau|" +
          "über den marktpreisen|über den wettbewerbern|über den anderen angeboten|" +
          "über der konkurrenz|über den mitbewerbern|über den anderen anbietern|" +
          cross(
            "höher als|teurer als|höher als bei|teurer als bei",
            "der markt|der wettbewerb|die anderen|andere|anderen|die konkurrenz|der konkurrenz|" +
              "konkurrenz|wettbewerbern|mitbewerbern|anderen lieferanten|andere lieferanten|" +
              "anderen anbietern|andere anbieter|anderen angeboten|marktniveau|marktpreis"
          ),
        "über marktniveau|über marktpreis|über dem marktdurchschnitt|preis liegt über|" +
          "preise liegen über|preis liegt deutlich über|preise liegen deutlich über",
        "nachverhandeln|neu verhandeln|preis verhandeln|über den preis sprechen|preis überdenken|" +
          "preis senken|preise senken|preissenkung|preisnachlass|angebote vergleichen|" +
          "vergleichsangebot*|andere angebote|alternative angebote|lieferanten wechseln|" +
          "lieferantenwechsel|bessere konditionen|anbieter wechseln|preisvergleich|" +
          "preise vergleichen|preise verglichen|angebote verglichen|angebote eingeholt|" +
          "angebote einholen|ihren preis senken|ihre preise senken|ihren preis anpassen|" +
          "ihre preise anpassen|ihren preis überdenken|ihren preis überprüfen",
        "stückpreis|stückpreise|einzelpreis … anpassen|anzupassen|senken|reduzieren",
        cross(
          "über den preis|über ihren preis|über ihre preise|über die preise|über unseren preis|" +
            "über den stückpreis",
          "reden|sprechen|verhandeln|diskutieren|unterhalten"
        ),
        "marktpreis*|rohstoffpreis*|stahlpreis*|edelstahlpreis*|kupferpreis*|aluminiumpreis*|" +
          "materialpreis*|weltmarktpreis*|börsenpreis*|baumwollpreis*|kunststoffpreis* … " +
          "gefallen|gesunken|zurückgegangen|eingebrochen|nachgegeben|gefallen ist|gesunken ist",
        "preis|preise … stahl|edelstahl|kupfer|aluminium|rohstoff*|material*|kunststoff|baumwolle|" +
          "markt … gefallen|gesunken|zurückgegangen|eingebrochen|nachgegeben",
        "dieselbe|dieselben|denselben|dasselbe|die gleiche|die gleichen|das gleiche|den gleichen|identische*|baugleiche*|vergleichbare* … günstiger|billiger|preiswerter|% weniger|prozent weniger|% günstiger|% billiger|für weniger|niedriger*",
        "auf alibaba|bei alibaba|auf 1688|bei amazon|auf amazon|bei aliexpress|im internet|online … günstiger|billiger|% weniger|prozent weniger|für weniger|preiswerter",
        "teurer|teuerer … als die aus|als ware aus|als die ware aus|als produkte aus|als die produkte aus|als die chinesisch*|als die türkisch*|als die vietnamesisch*|als die indisch*|als die polnisch*|als die lokalen|als die hiesigen|als bei anderen|als anderswo|als woanders",
        "mit dem preis runter|mit den preisen runter|mit dem preis herunter|mit dem preis nach unten|preis runtergehen|preis runtersetzen|preis heruntersetzen|preis reduzieren|preise reduzieren|beim preis entgegenkommen|preislich entgegenkommen|preislich etwas machen|am preis etwas machen|etwas am preis machen|ihr bestes angebot|ihren besten preis",
        "warum ihre ware|warum ihr preis|warum ihre preise|warum ihr produkt|warum ihre produkte|warum sie so … teurer|teuer|höher|hoch",
        "ihre preise|ihr preis|ihr angebot|ihre ware … über dem|über denen|über den|höher als|teurer als … was wir|die wir|aus|bei anderen|anderswo|woanders|andere",
      ],
      weak: [
        OTHERS_DE,
        "günstiger|billiger|rabatt|nachlass|skonto|bestellung stornieren|auftrag stornieren|" +
          "gutschrift|ausschreibung|preisanpassung|preis anpassen|preise anpassen|wettbewerb|" +
          "gleiche qualität|gleichen artikel|gleiche artikel|gleiche produkt",
        "% weniger|prozent weniger|alibaba|1688|preisunterschied|unterschied verstehen|preisdifferenz",
      ],
      masks: [
        // Praise that compares: they were looked at, and the buyer chose this seller.
        "sie waren die besten|sie sind die besten|ihre qualität ist die beste|" +
          "ihre qualität war die beste|ihr preis ist der beste|ihr preis war der beste|" +
          "ihr angebot war das beste|ihr angebot ist das beste|sie waren am günstigsten|" +
          "sie sind am günstigsten|sie waren die günstigsten|sie sind die günstigsten|" +
          "ihr preis war am niedrigsten|ihr preis ist am niedrigsten",
        "besser als andere lieferanten|als die konkurrenz|als andere lieferanten|" +
          "als ihre wettbewerber|ihr preis ist gut|ihr preis passt|ihre preise passen|" +
          "andere lieferanten bezahlen|anderen lieferanten bezahlen|" +
          "wettbewerbsrecht|kartellrecht",
        "andere angebote|anderen angebote|andere lieferanten|anderen lieferanten … " +
          "interessieren uns nicht|interessiert uns nicht|kein interesse|nicht interessiert",
        "wir bleiben bei ihnen|wollen nicht wechseln|nicht wechseln|keinen anderen lieferanten|" +
          "keine anderen lieferanten",
      ],
    },
    pt: {
      strong: [
        CHOOSING_PT,
        OTHERS_PT +
          " … nos oferece|nos oferecem|nos ofereceu|nos ofereceram|nos cotou|nos cotaram|" +
          "nos dá|nos dão|nos deu|nos deram|nos procurou|nos procuraram|nos contatou|nos contataram",
        "orçamento|orçamentos|cotação|cotações|proposta|propostas|oferta|ofertas … " +
          "de outro fornecedor|de outros fornecedores|a outros fornecedores|com outros fornecedores|" +
          "de outras fábricas|de outros fabricantes|da concorrência|de concorrentes",
        "mais barato|mais barata|mais baratos|mais baratas|mais em conta|preço menor|" +
          "preço mais baixo|preços mais baixos|melhor oferta|oferta melhor|proposta melhor|" +
          "proposta mais barata|oferta mais barata|cotação mais baixa|bem mais barato|" +
          "preço mais competitivo|preços mais competitivos|proposta mais vantajosa",
        "ofereceram|oferecem|cotaram|vendem … mais barato|mais barata|preço menor|preço mais baixo|" +
          "abaixo",
        "oferta|ofertas|proposta|propostas|cotação|cotações|orçamento … de uma fábrica|" +
          "de um fabricante|de um fornecedor|de outra fábrica|de dois fornecedores|" +
          "de vários fornecedores|de um concorrente",
        "fornecedor|fornecedores|fábrica|fábricas|fabricante|fabricantes|concorrente|" +
          "concorrentes|concorrência … mais barato|mais barata|abaixo|mais baixo|menor preço|" +
          "preço menor|melhor preço",
        "muito caro|caro demais|preço alto|preço está alto|preço muito alto|preços altos|" +
          "não é competitivo|fora do mercado|deixou de ser competitivo|não é mais competitivo|" +
          "perdeu competitividade|pouco competitivo|o mais caro|o preço mais alto",
        cross(
          "mais alto|mais altos|mais caro|mais caros|acima|superior|superiores",
          "que os outros|dos outros|que outros|do mercado|que o mercado|da concorrência|" +
            "que a concorrência|aos outros|ao mercado|à concorrência|ao preço de mercado|" +
            "de outros fornecedores|que outros fornecedores|que os demais|dos demais"
        ),
        "abaixo de vocês|abaixo do seu preço|abaixo do preço de vocês|abaixo da sua proposta|" +
          "mais barato que vocês|mais baratos que vocês|mais barata que vocês|" +
          "menor que o de vocês|menor que o seu|menor que a sua|cotaram abaixo|abaixo do seu|" +
          "abaixo da sua|abaixo dos seus|mais baixo que o seu|mais baixa que a sua|inferior ao seu|" +
          "inferior à sua|mais barato que o seu|mais barata que a sua",
        "renegociar|renegociação|negociar o preço|rever o preço|revisar o preço|baixar o preço|" +
          "reduzir o preço|melhorar o preço|cobrir a oferta|outras cotações|outras propostas|" +
          "outras ofertas|comparando preços|comparar preços|comparando cotações|" +
          "comparando propostas|comparar propostas|comparando ofertas|comparar ofertas|" +
          "comparando fornecedores|trocar de fornecedor|condições melhores|melhores condições|" +
          "igualar o preço|igualar a oferta|igualar a proposta|acompanhar o preço|" +
          "acompanhar a proposta|acompanhar a oferta|ajuste do preço unitário|" +
          "ajustar o preço unitário|ajustar seu preço|ajustar o seu preço|rever seu preço|" +
          "conversar sobre o preço|falar sobre o preço|discutir o preço|redução de preço",
        "preço|preços|cotação|custo … " +
          MATERIALS_PT +
          " … caiu|caíram|baixou|baixaram|despencou|recuou|diminuiu|diminuíram|está em queda|" +
          "teve queda|caindo",
        "preço de mercado|preços de mercado|preços internacionais|preço internacional … caiu|" +
          "caíram|baixou|baixaram|despencou|recuou|diminuiu",
        "mais caro que o da|mais caro que o de|mais caro que o do|mais caros que os|mais cara que a da|mais cara que a do|mais caro que os da|mais caro que os do|mais caro do que o|mais cara do que a|mais caros do que os|mais caro que o chinês|mais caro que o produto|mais cara que a mercadoria",
        "os mesmos|as mesmas|o mesmo|a mesma|idêntic*|igualzinho … % a menos|% menos|por cento a menos|por menos|mais barat*|mais em conta",
        "no alibaba|no 1688|na amazon|no mercado livre|no aliexpress|na internet … % a menos|% menos|mais barat*|mais em conta|por menos",
        "baixe o preço|baixem o preço|baixe os preços|baixem os preços|abaixe o preço|abaixem o preço|abaixar o preço|reduza o preço|reduzam o preço|diminuir o preço|diminua o preço|diminuam o preço|dar um desconto|dê um desconto|deem um desconto|me dê um desconto|nos dê um desconto|melhore o preço|melhorem o preço|fazer um preço melhor|faça um preço melhor|façam um preço melhor|seu melhor preço",
        "por que o seu produto|por que o produto de vocês|por que seu produto|por que o seu preço|por que seu preço|por que os seus preços|por que vocês … caro|cara|caros|caras|diferente|alto",
        "acima do que|mais caro do que|mais alto do que|maior do que o que|acima daquilo que … pagamos|compramos|encontramos|achamos|conseguimos|pagávamos|nos cobram|outros cobram",
      ],
      weak: [
        OTHERS_PT,
        "melhor preço|desconto|preço especial|mais prazo|cancelar o pedido|nota de crédito|" +
          "licitação|concorrência de preços|tá caro|está caro|ficou caro|ajuste de preço|" +
          "ajustar o preço|acompanharem|igualarem|mesmo produto|mesma qualidade",
        "% a menos|% menos|alibaba|1688|diferença de preço|entender essa diferença|entender a diferença|entender o preço",
      ],
      masks: [
        // Praise that compares: they were looked at, and the buyer chose this seller.
        "vocês eram os melhores|vocês são os melhores|vocês foram os melhores|" +
          "sua qualidade é a melhor|sua qualidade era a melhor|seu preço é o melhor|" +
          "seu preço era o melhor|seu preço foi o melhor|sua proposta era a melhor|" +
          "sua proposta foi a melhor|vocês eram os mais baratos|vocês são os mais baratos|" +
          "seu preço era o mais baixo|seu preço é o mais baixo",
        "melhor que outros fornecedores|que a concorrência|que os concorrentes|" +
          "que outros fornecedores|seu preço está bom|seu preço é bom|satisfeitos com o seu preço|" +
          "satisfeitos com o preço|pagar outros fornecedores|pagar os outros fornecedores|" +
          cross(
            "não vamos|não queremos|não pensamos em|não estamos procurando|não estamos buscando|" +
              "sem intenção de",
            "trocar de fornecedor|mudar de fornecedor|outro fornecedor|outros fornecedores"
          ),
      ],
    },
    ru: {
      strong: [
        CHOOSING_RU,
        OTHERS_RU +
          " … предлагает нам|предлагают нам|предложил нам|предложила нам|предложили нам|" +
          "связался с нами|связались с нами|выходят на нас|вышли на нас",
        "предложени*|котировк*|коммерческ* … от другого поставщика|от других поставщиков|" +
          "у другого поставщика|у других поставщиков|" +
          "от нескольких поставщиков|у нескольких поставщиков|от конкурентов|у конкурентов|" +
          "от других производителей|у других производителей",
        "дешевле|более низк* цен*|лучшая цена|лучшую цену|лучшее предложение|" +
          "более выгодн* предложени*|более выгодн* цен*|более выгодн* услови*|намного дешевле|подешевле|дешевле|ниже рынка|" +
          "ниже рыночн*|более конкурентн* цен*",
        "нашли … поставщик*|производител*|завод*|фабрик*",
        "цен*|стоимост*|прайс* … ниже",
        "предложили|предлагают|продают|дали|дают … дешевле|ниже",
        "поставщик*|фабрик*|завод*|производител*|конкурент* … дешевле|ниже|выгоднее|лучшую цену|" +
          "лучшие цены",
        "слишком дорого|очень дорого|высокая цена|цена высокая|цены высокие|неконкурентн*|" +
          "перестал* быть конкурентн*|не конкурентн*|выше рынка|выше рыночн*|выше среднерыночн*|" +
          "дороже рынка|дороже рыночн*",
        "цена|цены … завышен*",
        "цен*|предложени* … самой высокой|самая высокая|самые высокие|самую высокую|" +
          "самых высоких|самым дорогим|самое дорогое|самый дорогой|самой дорогой",
        "выше|дороже … чем у других|чем у остальных|чем у конкурентов|чем на рынке|чем у всех|" +
          "других поставщиков|остальных поставщиков|конкурентов",
        "пересмотреть цен*|пересмотр* цен*|пересмотр* услови*|снизить цен*|снижение цен*|" +
          "сбросить цен*|скинуть цен*|уступить в цене|подвинуться по цене|подвинуться в цене|" +
          "пойти навстречу по цене|переговоры о цене|обсудить цен*|обсудить стоимость|" +
          "поговорить о цене|сравниваем предложения|сравнить предложения|сравниваем цены|" +
          "сравнить цены|сравнение цен|сравнение предложений|другие предложения|" +
          "альтернативн* предложени*|сменить поставщика|смене поставщика|поменять поставщика|" +
          "коммерческие предложения|коммерческих предложений|конкурентные предложения",
        "цен*|стоимост* … рыночн*|сырь*|сталь|металл*|медь|меди|алюмини*|полипропилен*|" +
          "полиэтилен*|пластик*|хлопок|хлопка … упал*|снизил*|снизят*|просел*|" +
          "подешевел*|опустил*|пошл* вниз|пошли вниз|обвалил*",
        "рыночн* цен*|цены на рынке|цена на рынке|цены на сырь*|цены на металл* … упал*|" +
          "снизил*|просел*|подешевел*|опустил*|пошли вниз|обвалил*",
        "сырь*|сталь|металл*|медь|алюмини*|полипропилен*|полиэтилен*|пластик*|хлопок … подешевел*",
        "дороже … вьетнамск*|китайск*|индийск*|турецк*|местн*|отечественн*|российск*|корейск*|европейск*|белорусск*|казахстанск*|у других|у остальных|аналог*",
        "снижать цен*|снизьте цен*|снизьте стоимость|сбавьте цен*|сбавить цен*|скиньте цен*|скинуть цен*|скиньте немного|опустите цен*|опустить цен*|сделайте скидку|дайте скидку|сделать скидку|нужна скидка|снизить стоимость|ваша лучшая цена|последняя цена",
        "почему ваш товар|почему ваша продукция|почему ваши цены|почему ваша цена|почему у вас … дороже|дорого|выше|высок*",
        "ваша цена высок*|ваши цены высок*|цена у вас высок*|цены у вас высок*|ваша цена завышен*|ваши цены завышен*|цены у вас завышен*|цена кусается|цены кусаются|у вас дорого|у вас дороже",
        "выше|дороже … чем у … поставщик*|производител*|фабрик*|завод*|продавц*|компани*|индийск*|китайск*|турецк*|вьетнамск*|местн*",
        "выше|дороже … чем мы платим|чем мы покупаем|чем мы берем|чем мы берём|чем мы платили|чем в других|чем у нас на рынке|чем в индии|чем в китае|чем в турции|чем во вьетнаме",
      ],
      weak: [
        OTHERS_RU,
        "дорого|выгоднее|скидк*|лучше условия|отсрочк* платеж*|отменить заказ|отмена заказа|" +
          "тендер*|кредит-нот*|скорректировать цен*|корректировк* цен*|такой же товар|" +
          "того же качества|аналогичн* товар*",
        "на алибабе|на 1688|на таобао|на озоне|на вайлдберриз|разниц* в цене|разниц* цен*",
      ],
      masks: [
        // Praise that compares: they were looked at, and the buyer chose this seller.
        "ваше качество лучшее|ваше качество самое лучшее|ваша цена лучшая|ваша цена была лучшей|" +
          "ваше предложение было лучшим|ваше предложение лучшее|вы были лучшими|вы лучшие|" +
          "у вас лучшая цена|у вас была лучшая цена|у вас самая низкая цена|у вас лучшее качество|" +
          "вы были самыми дешевыми|вы самые дешевые|вы были самыми дешёвыми|вы самые дешёвые",
        "лучше других поставщиков|чем у других поставщиков|чем у конкурентов|" +
          "ваша цена устраивает|цена нас устраивает|ваши цены устраивают|платим поставщикам|" +
          "рассчитаться с другими поставщиками|расплатиться с поставщиками",
        "других фабрик|других поставщиков|других заводов|других производителей|конкурентов|" +
          "другие предложения … не интересн*|не интересуют|не рассматриваем|не нужны",
        "не собираемся менять поставщика|не будем менять поставщика|не планируем менять поставщика|" +
          "уходить не собираемся|не собираемся уходить",
      ],
    },
    ar: {
      strong: [
        "عدة عروض",
        CHOOSING_AR,
        OTHERS_AR +
          " … عرض علينا|عرضوا علينا|يعرض علينا|يعرضون علينا|قدم لنا|قدموا لنا|يقدم لنا|يقدمون لنا|" +
          "تواصل معنا|تواصلوا معنا|اتصل بنا|اتصلوا بنا",
        "عروض|عرض سعر|عروض أسعار … من موردين آخرين|من مورد آخر|من مصانع أخرى|من مصنع آخر|" +
          "من عدة موردين|من عدة مصانع|من المنافسين|من شركات أخرى",
        "أرخص|ارخص|سعر أقل|أسعار أقل|سعر ارخص|عرض أفضل|عرض افضل|عرض أرخص|عروض أرخص|" +
          "أفضل سعر|سعر أفضل|عرض أقل|سعرا أقل|أسعارا أقل|سعرا أفضل|وجدنا موردا|" +
          "أقل منكم|اقل منكم|أرخص منكم|ارخص منكم|أقل من سعركم|أقل من أسعاركم|اقل من سعركم|" +
          "أرخص من سعركم|أسعار تنافسية أكثر|سعر منافس أكثر",
        "مورد|موردان|موردين|موردون|مصنع|مصانع|مصنعان|منافس|منافسين|المنافسين|المنافسة|منافسيكم … " +
          "سعر|أسعار|عرض|عروض … أقل|اقل|أرخص|ارخص|أفضل",
        cross(
          "أعلى|اعلى|أغلى|اغلى",
          "من غيركم|من الآخرين|من الاخرين|من المنافسين|من السوق|من سعر السوق|من أسعار السوق|" +
            "من باقي الموردين|من بقية الموردين|من الموردين|من غيرك|من البقية|من باقي|من بقية"
        ),
        "السعر مرتفع|الأسعار مرتفعة|أسعاركم مرتفعة|سعركم مرتفع|غالي جدا|غالية جدا|مكلف جدا|" +
          "غير تنافسي|غير منافس|أعلى سعر|اعلى سعر|الأعلى سعرا|أغلى سعر|فوق سعر السوق|" +
          "أعلى من سعر السوق|خارج السوق",
        "إعادة التفاوض|اعادة التفاوض|التفاوض على السعر|مراجعة السعر|مراجعة الأسعار|" +
          "مراجعة سعركم|مراجعة أسعاركم|تخفيض السعر|خفض السعر|تخفيض الأسعار|تخفيض سعركم|" +
          "عروض أخرى|عروض اخرى|مقارنة الأسعار|مقارنة العروض|تغيير المورد|شروط أفضل|" +
          "نتكلم في السعر|نتكلم عن السعر|نتحدث عن السعر|نتحدث في السعر|نتناقش في السعر|" +
          "نناقش السعر|مناقشة السعر|الحديث عن السعر|نتفاهم على السعر|نتفاهم في السعر|" +
          "تعديل سعر الوحدة|تخفيض سعر الوحدة|مطابقة السعر|مطابقة العرض|مطابقة الأسعار|" +
          "مطابقة أسعار|مثل باقي الموردين|مثل غيركم|بمستوى السوق|مستوى أسعار السوق",
        "أسعار السوق|الأسعار في السوق|الأسعار العالمية|أسعار المواد … انخفضت|انخفض|تراجعت|" +
          "تراجع|نزلت|هبطت|انهارت",
        "نقارن|نقارن بين|مقارنة|قارنا … عروض|العروض|الموردين|موردين|المصانع|عروض الأسعار",
        "حصلنا على|تلقينا|وصلنا|عندنا|لدينا … عرض … مورد|مصنع|شركة|أقل|أرخص|ارخص|أفضل",
        "انخفض|انخفاض|تراجع|هبط|هبوط|نزل|نزول|انهيار … سعر|أسعار … الحديد|الصلب|الفولاذ|النحاس|" +
          "الألمنيوم|الألومنيوم|الزنك|القطن|البلاستيك|المواد الخام|الخامات|المادة الخام|البوليمر|" +
          "البولي|الورق",
        "سعر|أسعار … الحديد|الصلب|الفولاذ|النحاس|الألمنيوم|الألومنيوم|الزنك|القطن|البلاستيك|" +
          "المواد الخام|الخامات|المادة الخام|الورق … انخفض|انخفضت|تراجع|تراجعت|هبط|هبطت|نزل|نزلت",
        "تنزلوا السعر|تنزل السعر|تنزلي السعر|نزلوا السعر|نزلوا الأسعار|تنزلوا الأسعار|تنزيل السعر|تخفضوا السعر|تخفض السعر|خفضوا السعر|تخفضوا الأسعار|خفضوا الأسعار|تقللوا السعر|قللوا السعر|تقلل السعر|خصم لنا|اعطونا خصم|أعطونا خصم|عطونا خصم",
        "أغلى من|اغلى من|أعلى من|اعلى من|أغلى بكثير من … الصين*|الفيتنام*|الهند*|التركي*|التايلاند*|المحلي*|الماليزي*|الإندونيسي*|الاندونيسي*|المصري*|الباكستان*|البنغال*|الأوروب*|الاوروب*|غيركم|غيرها|غيرهم|البضاعة الصينية",
        "نفس|ذات|مماثل*|مطابق* … بسعر أقل|بسعر اقل|بأقل|باقل",
        "علي بابا|على الإنترنت|على الانترنت|اون لاين|أونلاين … أرخص|ارخص|أقل|اقل",
        "ليش بضاعتكم|ليش سعركم|ليش أسعاركم|لماذا بضاعتكم|لماذا سعركم|لماذا أسعاركم|ليه بضاعتكم|ليه سعركم|ليه أسعاركم|لماذا منتجاتكم|ليش منتجاتكم … أغلى|اغلى|أعلى|اعلى|غالي|غالية|مرتفع",
        "سعركم عالي|سعركم غالي|السعر عندكم عالي|السعر عندكم غالي|الأسعار عندكم عالية|الأسعار عندكم غالية|أسعاركم عالية|أسعاركم غالية|سعركم كثير|سعركم زايد",
        "أعلى من|اعلى من|أغلى من|اغلى من … اللي ندفعه|ما ندفعه|اللي نشتري|اللي بنشتري|المصانع|التجار|الشركات الأخرى|الشركات التانية|الشركات الثانية|البائعين|الموردين",
      ],
      weak: [
        OTHERS_AR,
        "خصم|تخفيض|إلغاء الطلب|الغاء الطلب|مهلة أطول|مناقصة|إشعار دائن|اشعار دائن|" +
          "تعديل السعر|تعديل الأسعار|نفس المنتج|نفس الجودة",
        "علي بابا|فرق السعر|فرق الأسعار",
      ],
      masks: [
        // Praise that compares: they were looked at, and the buyer chose this seller.
        "جودتكم الأفضل|جودتكم هي الأفضل|جودتكم الافضل|سعركم الأفضل|سعركم هو الأفضل|سعركم الافضل|" +
          "أسعاركم الأفضل|اسعاركم الافضل|أنتم الأفضل|انتم الافضل|أنتم الأرخص|انتم الارخص|" +
          "عرضكم الأفضل|عرضكم كان الأفضل|سعركم الأقل|سعركم كان الأقل",
        "أفضل من الموردين الآخرين|أفضل من المنافسين|أرخص من المنافسين|أفضل من غيركم|سعركم مناسب|" +
          "السعر مناسب|أسعاركم مناسبة|لا ننوي تغيير المورد|لن نغير المورد|لا نريد تغيير المورد|" +
          "لا نفكر في تغيير المورد",
      ],
    },
  },
};
